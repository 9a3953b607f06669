import { Checkbox } from 'antd';
import type { ComponentProps } from 'react';

type Props = ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown };

/**
 * A checkbox group inside a required form field. The field marks its control `aria-required`, which a group
 * (unlike a text box) may not carry: the requirement is said by the label and the error, so it is dropped.
 */
export function CheckboxGroup({ 'aria-required': _required, ...props }: Props) {
  return <Checkbox.Group {...props} />;
}
