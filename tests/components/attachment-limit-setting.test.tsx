// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { DEFAULT_ATTACHMENT_LIMIT_MB } from '../../core/attachment-limits';
import { AttachmentLimitSetting } from '../../renderer/features/attachments/AttachmentLimitSetting';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

const bridge = setUpTestDesk();

it('takes typing once the stored limit is shown, and saves what is typed on Enter', async () => {
  renderInApp(<AttachmentLimitSetting />);
  const box = () => screen.getByRole('spinbutton', { name: 'Largest attachment' }) as HTMLInputElement;
  // Typing before the stored limit arrives would be mixed with it: the box waits for it.
  expect(box().disabled).toBe(true);
  await waitFor(() => expect(box().disabled).toBe(false));
  expect(box().value).toBe(String(DEFAULT_ATTACHMENT_LIMIT_MB));

  fireEvent.change(box(), { target: { value: '3' } });
  fireEvent.keyDown(box(), { key: 'Enter', code: 'Enter' });
  await screen.findByText('Attachment limit set to 3 MB');
  expect(bridge.call<{ attachmentLimitMb: number }>('settings.get', {}).attachmentLimitMb).toBe(3);
});
