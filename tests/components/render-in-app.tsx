import { render } from '@testing-library/react';
import { App } from 'antd';
import type { ReactNode } from 'react';

/**
 * Renders a piece of the UI inside antd's `App`, as the shell does, so that its messages and modals work;
 * `rerender` keeps the `App` around what it is given.
 */
export function renderInApp(node: ReactNode) {
  const view = render(<App>{node}</App>);
  return { ...view, rerender: (next: ReactNode) => view.rerender(<App>{next}</App>) };
}
