// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { CannedReply } from '../../core/canned-replies';
import { CannedRepliesCard } from '../../renderer/features/replies/CannedRepliesCard';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

const bridge = setUpTestDesk();

it('writes a canned reply, showing an unknown placeholder under its body and keeping what was typed', async () => {
  renderInApp(<CannedRepliesCard />);
  const table = await screen.findByRole('table', { name: 'Canned replies' });
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(8));
  fireEvent.click(screen.getByRole('button', { name: /New canned reply/ }));
  const dialog = await screen.findByRole('dialog', { name: 'New canned reply' });
  fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Remote session' } });
  const english = within(dialog).getByLabelText('English text');
  fireEvent.change(english, { target: { value: 'Hello {contact_name}, please join the session.' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  await within(dialog).findByText('Unknown placeholder: use only those listed below');
  expect((english as HTMLTextAreaElement).value).toBe('Hello {contact_name}, please join the session.');

  fireEvent.change(english, { target: { value: 'Hello {contact}, please join the session.' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  await waitFor(() =>
    expect(bridge.call<CannedReply[]>('cannedReplies.list', {}).map((r) => r.name)).toContain(
      'Remote session',
    ),
  );
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(9));
});

it('opens a reply for editing with its name and both bodies', async () => {
  renderInApp(<CannedRepliesCard />);
  const first = bridge.call<CannedReply[]>('cannedReplies.list', {})[0]!;
  fireEvent.click(await screen.findByRole('button', { name: `Edit ${first.name}` }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit canned reply' });
  await waitFor(() =>
    expect((within(dialog).getByLabelText('Name') as HTMLInputElement).value).toBe(first.name),
  );
  expect((within(dialog).getByLabelText('Chinese text') as HTMLTextAreaElement).value).toBe(
    first.bodies['zh-CN'],
  );
  expect((within(dialog).getByLabelText('English text') as HTMLTextAreaElement).value).toBe(first.bodies.en);
});
