// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { CannedReply } from '../../core/canned-replies';
import type { CaseDetail } from '../../core/cases';
import { NoteComposer } from '../../renderer/features/cases/NoteComposer';
import { formatDateTime } from '../../renderer/shared/format';
import { customerCase, setUpTestDesk } from './desk-setup';
import { renderInApp } from './render-in-app';

const bridge = setUpTestDesk({ settleMs: 50 });

const arrange = () =>
  customerCase(bridge, {
    contacts: [
      { name: 'Zhang Wei', language: 'en' },
      { name: '王晓明', language: 'zh-CN' },
    ],
    title: 'Invoice shows the wrong tenant',
    supportArea: 'accounts_billing',
    channel: 'email',
  });

it('picks a canned reply by typing, fills it in for the case and contact, and counts it once sent', async () => {
  const detail = arrange();
  const billing = bridge
    .call<CannedReply[]>('cannedReplies.list', {})
    .find((r) => r.bodies.en.includes('billing details'))!;
  renderInApp(<NoteComposer detail={detail} />);
  const note = await screen.findByLabelText('Internal note');
  fireEvent.keyDown(note, { key: 'R', ctrlKey: true, shiftKey: true });

  const dialog = await screen.findByRole('dialog', { name: 'Pick a canned reply' });
  const filter = within(dialog).getByRole('textbox', { name: 'Filter canned replies' });
  await waitFor(() => expect(within(dialog).getAllByRole('option').length).toBe(7));
  fireEvent.change(filter, { target: { value: 'billing' } });
  await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
  // The first contact writes in English: the English body, with the case's own values.
  const due = formatDateTime(detail.nextDueAt!);
  await waitFor(() =>
    expect(within(dialog).getByTestId('reply-preview').textContent).toBe(
      `Hello Zhang Wei, about case ${detail.number} "Invoice shows the wrong tenant": we are checking the billing details and will answer by ${due}.`,
    ),
  );
  expect(within(dialog).getByTestId('reply-preview').textContent).not.toMatch(/\{/);
  fireEvent.keyDown(filter, { key: 'Enter' });

  const reply = await screen.findByLabelText('Customer reply');
  expect((reply as HTMLTextAreaElement).value).toMatch(/^Hello Zhang Wei, about case /);
  await act(async () => {
    fireEvent.keyDown(reply, { key: 'Enter', ctrlKey: true });
  });
  await waitFor(() =>
    expect(
      bridge.call<CannedReply[]>('cannedReplies.list', {}).find((r) => r.id === billing.id)!.usageCount,
    ).toBe(1),
  );
  const saved = bridge.call<CaseDetail>('cases.get', { id: detail.id });
  expect(saved.events.at(-1)).toMatchObject({ kind: 'reply' });
});

it('writes in the chosen contact’s language', async () => {
  const detail = arrange();
  renderInApp(<NoteComposer detail={detail} />);
  fireEvent.click(await screen.findByRole('button', { name: /Canned reply/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Pick a canned reply' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Filter canned replies' }), {
    target: { value: '账单' },
  });
  await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
  // Choose 王晓明, who reads Chinese.
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'To contact' }));
  fireEvent.click(await screen.findByText('王晓明', { selector: '.ant-select-item-option-content' }));
  await waitFor(() =>
    expect(within(dialog).getByTestId('reply-preview').textContent).toMatch(
      new RegExp(`^王晓明您好，关于案例 ${detail.number}「Invoice shows the wrong tenant」`),
    ),
  );
});
