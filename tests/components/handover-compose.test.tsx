// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Handover, HandoverDocument } from '../../core/handover';
import { formatRoute, parseRoute, type Route } from '../../renderer/app/routes';
import {
  checkEdits,
  HANDOVER_DRAFT_KEY,
  indexIssues,
  initialEdits,
  submitInput,
  withDraft,
} from '../../renderer/features/handover/compose-state';
import { ComposeTab } from '../../renderer/features/handover/ComposeTab';
import { HandoverView } from '../../renderer/features/handover/HandoverView';
import { useStore } from '../../renderer/store';
import { customerCase, setUpTestDesk } from './desk-setup';
import { renderInApp } from './render-in-app';

const bridge = setUpTestDesk();

beforeEach(async () => {
  useStore.setState({
    language: 'en',
    agent: { id: bridge.desk.ctx.agentId, name: '值班坐席', role: 'lead' },
  });
});

const HOUR = 3_600_000;

const seedCase = (severity: 'A' | 'C', title: string) =>
  customerCase(bridge, { customer: { name: `Contoso China ${title}` }, title, severity });

describe('the compose state kept in the page and in the draft', () => {
  it('starts from the composition, takes a draft for the cases still open, and submits the agent’s part', () => {
    seedCase('A', 'Mail flow stopped');
    seedCase('C', 'Recording permissions');
    const doc = bridge.call<HandoverDocument>('handover.compose', {});
    const [a, c] = doc.items;
    const edits = initialEdits(doc);
    expect(Object.keys(edits.plans)).toEqual([a!.caseId, c!.caseId]);

    const draft = {
      plans: {
        [a!.caseId]: {
          nextAction: 'Call back',
          ownerId: null,
          deadline: 1,
          contingencyIf: 'x',
          contingencyThen: 'y',
        },
        'closed-meanwhile': { nextAction: 'gone' },
        [c!.caseId]: { nextAction: 42 },
      },
      watch: [{ id: 'w1', text: 'Notices', carriedFrom: null }],
      notes: 'Quiet night',
      casesNone: true,
    };
    const restored = withDraft(doc, draft);
    expect(restored.plans[a!.caseId]!.nextAction).toBe('Call back');
    // A malformed entry of another version's draft is left as composed; "none" cannot hide open cases.
    expect(restored.plans[c!.caseId]).toEqual(edits.plans[c!.caseId]);
    expect(restored.plans['closed-meanwhile']).toBeUndefined();
    expect(restored).toMatchObject({ notes: 'Quiet night', casesNone: false, watch: draft.watch });

    const input = submitInput(doc, {
      ...restored,
      watchNone: true,
      watch: [...restored.watch, { id: 'w2', text: ' ', carriedFrom: null }],
    });
    expect(input.plans.map((p) => p.caseId)).toEqual([a!.caseId, c!.caseId]);
    expect(input.watch.map((w) => w.id)).toEqual(['w1']);
  });

  it('runs the same completeness check as the service, grouped by section and field', () => {
    const { id } = seedCase('A', 'Mail flow stopped');
    const doc = bridge.call<HandoverDocument>('handover.compose', {});
    const issues = indexIssues(checkEdits(doc, initialEdits(doc), [], doc.composedAt));
    expect(issues.bySection.cases.map((i) => i.message)).toEqual([
      'handover.issues.nextActionRequired',
      'handover.issues.ownerRequired',
      'handover.issues.deadlineRequired',
      'handover.issues.contingencyRequired',
    ]);
    expect(issues.byPath.get(`items.${id}.owner`)).toBe('handover.issues.ownerRequired');
    expect([...issues.cases]).toEqual([id]);
    expect(issues.bySection.watch).toHaveLength(1);
    expect(issues.bySection.notes).toHaveLength(1);
  });
});

describe('the compose tab', () => {
  it('restores the stored draft, marks each section, and submits a complete handover', async () => {
    const { id, number } = seedCase('A', 'Mail flow stopped');
    const me = bridge.desk.ctx.agentId;
    bridge.call('drafts.save', {
      key: HANDOVER_DRAFT_KEY,
      body: {
        plans: {
          [id]: {
            nextAction: 'Confirm the connector certificate',
            ownerId: me,
            deadline: Date.now() + 2 * HOUR,
            contingencyIf: 'mail still fails at 17:00',
            contingencyThen: 'escalate to the duty lead',
          },
        },
        watch: [],
        watchNone: true,
        notes: '',
        notesNone: false,
      },
    });
    const navigated: Route[] = [];
    useStore.setState({ navigate: (route: Route) => void navigated.push(route) });
    renderInApp(<ComposeTab />);
    expect(await screen.findByDisplayValue('Confirm the connector certificate')).toBeTruthy();
    const notes = within(screen.getByTestId('section-notes'));
    expect(notes.getByText('To complete: 1')).toBeTruthy();
    expect(within(screen.getByTestId('section-cases')).getByText('Complete')).toBeTruthy();

    fireEvent.click(notes.getByText('No notes'));
    await waitFor(() => expect(notes.getByText('Complete')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: /Submit handover/ }));
    await waitFor(() => expect(navigated).toHaveLength(1));
    const route = navigated[0]!;
    expect(route.name).toBe('handoverView');
    const stored = bridge.call<Handover>('handover.get', { id: (route as { id: string }).id });
    expect(stored.document.items[0]).toMatchObject({
      caseId: id,
      number,
      nextAction: 'Confirm the connector certificate',
    });
    expect(stored.document).toMatchObject({ watchNone: true, notesNone: true });
    // The draft went with the submission.
    await waitFor(() =>
      expect(bridge.call<{ draft: unknown }>('drafts.get', { key: HANDOVER_DRAFT_KEY }).draft).toBeNull(),
    );
  });

  it('lets only someone other than the author read a handover back', async () => {
    seedCase('C', 'Recording permissions');
    const doc = bridge.call<HandoverDocument>('handover.compose', {});
    const handover = bridge.call<Handover>('handover.submit', {
      plans: doc.items.map((i) => ({
        caseId: i.caseId,
        nextAction: 'Send the article',
        ownerId: bridge.desk.ctx.agentId,
        deadline: Date.now() + HOUR,
        contingencyIf: '',
        contingencyThen: '',
      })),
      casesNone: false,
      watch: [],
      watchNone: true,
      notes: 'Nothing else',
      notesNone: false,
    });
    renderInApp(<HandoverView id={handover.id} />);
    expect(
      await screen.findByText(
        'You submitted this handover; it is waiting for the incoming agent to read it back.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).toBeNull();
    useStore.setState({
      agent: { id: '01900000-0000-7000-8000-000000000001', name: 'Zhang Min', role: 'agent' },
    });
    expect(await screen.findByRole('button', { name: 'Acknowledge' })).toBeTruthy();
    expect(
      screen.getByText('This handover has no severity-A cases. Read it, then acknowledge.'),
    ).toBeTruthy();
  });
});

describe('handover routes', () => {
  it.each<[Route, string]>([
    [{ name: 'handover', tab: 'compose' }, '#/handover'],
    [{ name: 'handover', tab: 'incoming' }, '#/handover/incoming'],
    [{ name: 'handover', tab: 'history' }, '#/handover/history'],
    [
      { name: 'handoverView', id: '01934f3e-7b2a-7c00-8000-000000000001' },
      '#/handover/01934f3e-7b2a-7c00-8000-000000000001',
    ],
  ])('round-trips %j', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });
});
