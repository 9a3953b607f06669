import { describe, expect, it } from 'vitest';
import { casesUpdateInput, type CaseDetail } from '../../core/cases';
import { composerFromDraft } from '../../renderer/features/cases/composer-draft';
import { isEmptyComposer, toEntry } from '../../renderer/features/cases/composer-entry';
import { editFieldErrors, editValues, toUpdate } from '../../renderer/features/cases/edit-case-form';
import {
  isEmptyNewCase,
  newCaseFromDraft,
  NEW_CASE_DEFAULTS,
} from '../../renderer/features/cases/new-case-form';
import { buildTimeline } from '../../renderer/features/cases/timeline-model';
import { OUTLOOK_CASE } from '../helpers/arranged-inputs';

const detail = { id: '01900000-0000-7000-8000-000000000001', ...OUTLOOK_CASE, description: '' } as CaseDetail;

describe('case edit form', () => {
  it('sends only the changed fields, each with the value the agent saw', () => {
    const values = { ...editValues(detail), title: '  客户无法登录 Outlook 桌面版 ', severity: 'A' as const };
    const update = toUpdate(detail, values)!;
    expect(update).toEqual({
      changes: { title: '客户无法登录 Outlook 桌面版', severity: 'A' },
      from: { title: '客户无法登录 Outlook', severity: 'B' },
    });
    expect(casesUpdateInput.safeParse({ caseId: detail.id, ...update }).success).toBe(true);
    expect(toUpdate(detail, { ...editValues(detail), title: ' 客户无法登录 Outlook ' })).toBeNull();
  });

  it('puts contract issues on the form’s fields', () => {
    const parsed = casesUpdateInput.safeParse({
      caseId: detail.id,
      changes: { title: ' ', severity: 'Z' },
      from: {},
    });
    const issues = parsed.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    expect(editFieldErrors([...issues, { path: 'service', message: 'validation.choose' }])).toEqual([
      { name: 'title', errors: ['validation.required'] },
      { name: 'severity', errors: ['validation.choose'] },
      { name: 'service', errors: ['validation.choose'] },
    ]);
  });
});

describe('composer and drafts', () => {
  it('needs a text, and a duration for a call', () => {
    expect(toEntry({ mode: 'note', body: '  ', direction: 'in', minutes: null })).toBeNull();
    expect(toEntry({ mode: 'reply', body: 'hi', direction: 'in', minutes: null })).toEqual({
      mode: 'reply',
      body: 'hi',
    });
    expect(toEntry({ mode: 'call', body: 'hi', direction: 'out', minutes: null })).toBeNull();
    expect(toEntry({ mode: 'call', body: 'hi', direction: 'out', minutes: 0 })).toEqual({
      mode: 'call',
      body: 'hi',
      direction: 'out',
      minutes: 0,
    });
  });

  it('restores only what a draft can safely hold', () => {
    expect(composerFromDraft({ mode: 'call', body: 'x', direction: 'out', minutes: 5 })).toEqual({
      mode: 'call',
      body: 'x',
      direction: 'out',
      minutes: 5,
    });
    expect(composerFromDraft({ mode: 'evil', body: 3, minutes: 1.5 })).toEqual({
      mode: 'note',
      body: '',
      direction: 'in',
      minutes: null,
    });
    expect(isEmptyComposer({ mode: 'reply', body: ' ', direction: 'out', minutes: null })).toBe(true);
    expect(isEmptyNewCase(NEW_CASE_DEFAULTS)).toBe(true);
    expect(isEmptyNewCase({ ...NEW_CASE_DEFAULTS, title: 'x' })).toBe(false);
    expect(newCaseFromDraft({ title: 'T', severity: 'A', customerId: 7 })).toEqual({
      severity: 'A',
      channel: 'phone',
      title: 'T',
    });
  });
});

describe('timeline model', () => {
  it('folds edits into their note and files into their entry', () => {
    const base = { caseId: 'c', agentId: 'a', agentName: 'A' };
    const items = buildTimeline(
      [
        { ...base, id: 'e1', at: 1, kind: 'note', payload: { body: 'v1' } },
        { ...base, id: 'e2', at: 2, kind: 'note_edited', payload: { noteId: 'e1', body: 'v2' } },
        {
          ...base,
          id: 'e3',
          at: 3,
          kind: 'attachment_added',
          payload: { attachmentId: 'f1', name: 'a.log', size: 1, eventId: 'e1' },
        },
        {
          ...base,
          id: 'e4',
          at: 4,
          kind: 'attachment_added',
          payload: { attachmentId: 'f2', name: 'b.png', size: 1, eventId: null },
        },
      ],
      [
        {
          id: 'f1',
          caseId: 'c',
          eventId: 'e1',
          name: 'a.log',
          size: 1,
          mime: 'text/plain',
          sha256: 'x',
          agentId: 'a',
          agentName: 'A',
          createdAt: 3,
        },
        {
          id: 'f2',
          caseId: 'c',
          eventId: null,
          name: 'b.png',
          size: 1,
          mime: 'image/png',
          sha256: 'y',
          agentId: 'a',
          agentName: 'A',
          createdAt: 4,
        },
      ],
    );
    expect(items.map((i) => i.event.id)).toEqual(['e1', 'e4']);
    const note = items[0]!;
    expect(note.type === 'entry' && note.versions.map((v) => v.body)).toEqual(['v1', 'v2']);
    expect(note.type === 'entry' && note.attachments.map((a) => a.id)).toEqual(['f1']);
  });
});
