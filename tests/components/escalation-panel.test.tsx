// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import { CaseEscalations } from '../../renderer/features/escalations/CaseEscalations';
import { EscalateButton } from '../../renderer/features/escalations/EscalateButton';
import { useStore } from '../../renderer/store';
import { customerCase, setUpTestDesk } from './desk-setup';
import { renderInApp } from './render-in-app';

const bridge = setUpTestDesk({ settleMs: 50 });
let copied: string[];

beforeAll(() => {
  // antd in a simulated DOM is slow when the machine is busy (the whole suite runs in parallel).
  configure({ asyncUtilTimeout: 8_000 });
});
beforeEach(async () => {
  // The desk's language, which the summary follows until the agent picks another for it.
  bridge.call('settings.update', { language: 'en' });
  copied = [];
  // The page's clipboard, as the browser gives it: what was written can be read back.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
  useStore.setState({
    language: 'en',
    escalationPanelFor: null,
    caseEscalations: null,
    handoffSettings: null,
    browserOnline: true,
    workOffline: false,
  });
});

const newCase = () =>
  customerCase(bridge, {
    // Granted the admin role, so the panel starts at the customer's admin center.
    customer: { name: 'Contoso China Ltd.', adminRole: true },
    contacts: [{ name: 'Li Lei', phone: '13800138000' }],
    title: 'Outlook keeps prompting for password',
    description: 'Every user in sales is prompted for a password since Monday.',
  });

const stored = (caseId: string) =>
  bridge.desk.db
    .prepare(
      'SELECT status, queued_offline AS queuedOffline, request_number AS requestNumber FROM escalations WHERE case_id = ?',
    )
    .get(caseId) as { status: string; queuedOffline: number; requestNumber: string | null } | undefined;

/** The keys of the typing drafts the case log holds (stored under the signed-in agent's id). */
const drafts = () =>
  JSON.parse(
    (bridge.desk.db.prepare('SELECT json_group_array(key) AS keys FROM drafts').get() as { keys: string })
      .keys,
  ).map((key: string) => key.split('/').pop()) as string[];

const type = async (label: string, text: string) =>
  fireEvent.change(await screen.findByRole('textbox', { name: label }), { target: { value: text } });

async function openPanel(detail: CaseDetail) {
  renderInApp(
    <>
      <EscalateButton detail={detail} />
      <CaseEscalations detail={detail} />
    </>,
  );
  fireEvent.click(screen.getByRole('button', { name: /Escalate to 21Vianet/ }));
  await screen.findByText('Escalate only what the desk cannot solve itself');
}

async function justify() {
  await type('What was tried', 'Reset the password and rebuilt the Outlook profile.');
  fireEvent.click(screen.getByRole('checkbox', { name: /Missing support tools/ }));
  await type('Evidence (Missing support tools)', 'We cannot read the tenant sign-in logs.');
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  // The request step's fields are in the page all along (hidden): wait until they are the step shown.
  await screen.findByRole('radio', { name: 'B (moderate)' });
}

describe('the escalation panel', { timeout: 60_000 }, () => {
  it('asks why first, with the contract’s messages next to the fields, and clears them as the agent types', async () => {
    const detail = newCase();
    await openPanel(detail);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose at least one reason for escalating')).toBeTruthy();
    expect(await screen.findByText('Required')).toBeTruthy();

    await type('What was tried', 'Reset the password.');
    await waitFor(() => expect(screen.queryByText('Required')).toBeNull());
    fireEvent.click(screen.getByRole('checkbox', { name: /Missing documentation/ }));
    await waitFor(() => expect(screen.queryByText('Choose at least one reason for escalating')).toBeNull());
    await type('Evidence (Missing documentation)', 'No doc.');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Give your evidence in a sentence (at least 10 characters)')).toBeTruthy();
    expect(stored(detail.id)).toBeUndefined();
  });

  it('keeps what the agent typed when the panel is closed before saving, and brings it back', async () => {
    const detail = newCase();
    await openPanel(detail);
    await type('What was tried', 'Cleared the credential cache.');
    fireEvent.click(screen.getByRole('checkbox', { name: /Missing training/ }));
    await waitFor(() => expect(drafts()).toEqual([`escalation:${detail.id}`]), { timeout: 8_000 });
    act(() => useStore.getState().closeEscalationPanel());
    await waitFor(() =>
      expect(screen.queryByText('Escalate only what the desk cannot solve itself')).toBeNull(),
    );

    fireEvent.click(screen.getByRole('button', { name: /Escalate to 21Vianet/ }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'What was tried' })).toHaveProperty(
        'value',
        'Cleared the credential cache.',
      ),
    );
    expect(screen.getByRole('checkbox', { name: /Missing training/ })).toHaveProperty('checked', true);
  });

  it('prepares, copies the summary field by field, and records 21Vianet’s request number', async () => {
    const detail = newCase();
    await openPanel(detail);
    await justify();
    expect(screen.getByRole('radio', { name: 'A (critical)' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('combobox', { name: 'Contact' })).toHaveProperty('value', 'Li Lei 13800138000');
    await type('Business impact', 'Forty people in sales cannot send mail.');
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('button', { name: /Open the admin center/ });
    expect(stored(detail.id)).toEqual({ status: 'draft', queuedOffline: 0, requestNumber: null });
    await waitFor(() => expect(drafts()).toEqual([]));

    const summary = screen.getByTestId('escalation-summary');
    fireEvent.click(within(summary).getByRole('button', { name: 'Copy “Business impact”' }));
    await waitFor(() => expect(copied).toEqual(['Forty people in sales cannot send mail.']));
    // The summary follows the language chosen for it, not the interface's.
    fireEvent.click(within(summary).getByText('中文'));
    await within(summary).findByText('业务影响');
    fireEvent.click(within(summary).getByRole('button', { name: 'Copy “标题”' }));
    await waitFor(() => expect(copied.at(-1)).toBe('Outlook keeps prompting for password'));

    await type('21Vianet request number', '2601050010000123');
    await type('21Vianet contact', 'Zhang, 400-089-0365');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Record the request' }));
    });
    await waitFor(() => expect(stored(detail.id)?.status).toBe('submitted'));
    expect(bridge.call<CaseDetail>('cases.get', { id: detail.id })).toMatchObject({
      status: 'waiting_21v',
      requestNumber: '2601050010000123',
    });
    expect(await screen.findByTestId('case-escalations')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Escalate to 21Vianet/ })).toHaveProperty('disabled', true);
  });

  it('keeps the escalation in the queue when there is no network, and continues it later', async () => {
    const detail = newCase();
    useStore.setState({ workOffline: true });
    await openPanel(detail);
    await justify();
    await type('Business impact', 'Forty people in sales cannot send mail.');
    fireEvent.click(screen.getByRole('button', { name: 'Save to queue (offline)' }));
    await screen.findByTestId('handoff-offline');
    expect(screen.getByRole('button', { name: /Open the admin center/ })).toHaveProperty('disabled', true);
    expect(stored(detail.id)).toMatchObject({ status: 'draft', queuedOffline: 1 });
    expect(useStore.getState().handoffQueue.map((q) => q.caseId)).toEqual([detail.id]);

    // Later, online again: the panel opens straight at the hand-off with the draft as it was saved.
    cleanup();
    useStore.setState({ workOffline: false, escalationPanelFor: null });
    renderInApp(
      <>
        <EscalateButton detail={detail} />
        <CaseEscalations detail={detail} />
      </>,
    );
    fireEvent.click((await screen.findAllByRole('button', { name: /Continue escalation/ }))[0]!);
    const open = await screen.findByRole('button', { name: /Open the admin center/ });
    expect(open).toHaveProperty('disabled', false);
    expect(
      within(screen.getByTestId('escalation-summary')).getByText('Forty people in sales cannot send mail.'),
    ).toBeTruthy();
  });
});
