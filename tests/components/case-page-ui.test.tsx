// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseDetail, CaseEvent } from '../../core/cases';
import { NoteComposer } from '../../renderer/features/cases/NoteComposer';
import { SimilarCasesAlert } from '../../renderer/features/cases/SimilarCasesAlert';
import { Timeline } from '../../renderer/features/cases/Timeline';
import { customerCase, setUpTestDesk } from './desk-setup';
import { renderInApp } from './render-in-app';

const bridge = setUpTestDesk();

const newCase = (title = 'Outlook keeps prompting for password') => customerCase(bridge, { title });

const drafts = () =>
  bridge.desk.db.prepare('SELECT key, body FROM drafts').all() as { key: string; body: string }[];

describe('the timeline', () => {
  it('shows a note’s current text with an “edited” marker, and its earlier versions on demand', () => {
    const c = newCase();
    const note = bridge.call<CaseEvent>('cases.addNote', {
      caseId: c.id,
      body: 'Cleared the credential cache',
    });
    bridge.call('cases.editNote', {
      caseId: c.id,
      noteId: note.id,
      from: 'Cleared the credential cache',
      body: 'v2',
    });
    bridge.call('cases.editNote', { caseId: c.id, noteId: note.id, from: 'v2', body: 'Rebuilt the profile' });
    bridge.call('cases.logCall', {
      caseId: c.id,
      direction: 'out',
      minutes: 7,
      body: 'Walked through the fix',
    });
    const detail = bridge.call<CaseDetail>('cases.get', { id: c.id });

    renderInApp(<Timeline detail={detail} />);
    expect(screen.getByText('Rebuilt the profile')).toBeTruthy();
    expect(screen.queryByText('Cleared the credential cache')).toBeNull();
    expect(screen.getAllByTestId('edited-marker')).toHaveLength(1);
    // Edits are folded into the note, not rows of their own.
    expect(screen.getAllByTestId('timeline-event').map((e) => e.dataset.kind)).toEqual([
      'created',
      'note',
      'call',
    ]);
    expect(screen.getByText('logged an outgoing call (7 min)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Earlier versions \(2\)/ }));
    const history = screen.getByTestId('note-history');
    expect(history.textContent).toContain('Cleared the credential cache');
    expect(history.textContent).toContain('v2');
    expect(history.textContent?.indexOf('v2')).toBeLessThan(history.textContent!.indexOf('Cleared'));
  });
});

describe('an imported event', () => {
  it('says that it came in with a handover file, from whom and when', () => {
    const c = newCase();
    const note = bridge.call<CaseEvent>('cases.addNote', { caseId: c.id, body: 'Checked the connector' });
    const detail = bridge.call<CaseDetail>('cases.get', { id: c.id });
    // As the service describes an event a handover file brought in (tests/db/handover-import-untrusted.test.ts).
    const imported = {
      ...detail,
      events: detail.events.map((e) =>
        e.id === note.id
          ? {
              ...e,
              imported: {
                importId: '01900000-0000-7000-8000-0000000000aa',
                fileName: 'shiftdesk-handover-20260601-0800.json',
                exportedByName: 'Wang Fang',
                exportedAt: Date.UTC(2026, 5, 1, 0, 0),
                importedByName: 'Li Na',
                importedAt: Date.UTC(2026, 5, 1, 0, 30),
              },
            }
          : e,
      ),
    } as CaseDetail;
    renderInApp(<Timeline detail={imported} />);
    const marker = screen.getByTestId('imported-marker');
    expect(marker.textContent).toBe('imported');
    expect(marker.getAttribute('aria-label')).toMatch(
      /^imported: Imported by Li Na at .+ from the handover file shiftdesk-handover-20260601-0800\.json, exported by Wang Fang/,
    );
    expect(screen.getAllByTestId('imported-marker')).toHaveLength(1);
  });
});

describe('the composer', () => {
  it('keeps what is typed as a draft, brings it back after a remount, and discards it on save', async () => {
    const c = newCase();
    const first = renderInApp(<NoteComposer detail={c} />);
    const box = () => screen.getByLabelText('Internal note') as HTMLTextAreaElement;
    await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toContain('Drop files'));
    fireEvent.change(box(), { target: { value: 'Customer will call back at 15:00' } });
    await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toBe('Draft saved'), {
      timeout: 3000,
    });
    expect(drafts()).toEqual([
      expect.objectContaining({ body: expect.stringContaining('Customer will call back at 15:00') }),
    ]);

    first.unmount(); // as a reload or a crash would
    renderInApp(<NoteComposer detail={c} />);
    await waitFor(() => expect(box().value).toBe('Customer will call back at 15:00'));

    await act(async () => {
      fireEvent.keyDown(box(), { key: 'Enter', ctrlKey: true });
    });
    await waitFor(() => expect(box().value).toBe(''));
    await waitFor(() => expect(drafts()).toEqual([]));
    const saved = bridge.call<CaseDetail>('cases.get', { id: c.id });
    expect(saved.events.at(-1)).toMatchObject({
      kind: 'note',
      payload: { body: 'Customer will call back at 15:00' },
    });
  });

  it('saves a pending change when it is unmounted before the pause ends', async () => {
    const c = newCase();
    const view = renderInApp(<NoteComposer detail={c} />);
    await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toContain('Drop files'));
    fireEvent.change(screen.getByLabelText('Internal note'), { target: { value: 'typed just now' } });
    view.unmount();
    await waitFor(() => expect(drafts()[0]?.body ?? '').toContain('typed just now'));
  });

  it('logs a call only with a duration, as a call event', async () => {
    const c = newCase();
    renderInApp(<NoteComposer detail={c} />);
    fireEvent.click(screen.getByText('Call'));
    fireEvent.change(screen.getByLabelText('Call summary'), { target: { value: 'Confirmed the fix' } });
    const save = () => screen.getByRole('button', { name: 'Log call' }) as HTMLButtonElement;
    expect(save().disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Duration'), { target: { value: '12' } });
    await waitFor(() => expect(save().disabled).toBe(false));
    await act(async () => {
      fireEvent.click(save());
    });
    await waitFor(() =>
      expect(bridge.call<CaseDetail>('cases.get', { id: c.id }).events.at(-1)).toMatchObject({
        kind: 'call',
        payload: { direction: 'in', minutes: 12, body: 'Confirmed the fix' },
      }),
    );
  });
});

describe('the duplicate warning', () => {
  it('lists the customer’s open cases with a similar title', async () => {
    const c = newCase('Outlook keeps prompting for password');
    const opened: string[] = [];
    renderInApp(
      <SimilarCasesAlert
        customerId={c.customer.id}
        title="outlook prompting for password"
        onOpen={(id) => opened.push(id)}
      />,
    );
    const link = await screen.findByText(c.number);
    expect(screen.getByTestId('similar-cases').textContent).toContain('1 open case with a similar title');
    fireEvent.click(link);
    expect(opened).toEqual([c.id]);
  });
});
