import { describe, expect, it } from 'vitest';
import { eventPayloadProblem } from '../../core/case-event-payloads';
import { fillDemoDesk } from '../../electron/services/demo';
import { openTestDesk } from './case-support';

describe('the shapes an imported timeline event must have', () => {
  it('fit every event this workstation writes (the demo desk, links, tags, attachments, edits)', () => {
    const t = openTestDesk();
    fillDemoDesk(t.desk.ctx, 120);
    const customer = t.customer('北京云启科技');
    const a = t.newCase(customer.id);
    const b = t.newCase(customer.id, '同一问题');
    t.call('cases.link', { caseId: b.id, otherId: a.id, kind: 'duplicate_of' });
    t.call('cases.unlink', { caseId: b.id, otherId: a.id });
    t.call('cases.addTag', { caseId: a.id, tag: 'VIP' });
    t.call('cases.removeTag', { caseId: a.id, tag: 'VIP' });
    t.call('cases.update', { caseId: a.id, changes: { title: '新标题', severity: 'A' }, from: {} });
    t.call('cases.assign', { caseId: a.id, ownerId: t.desk.ctx.agentId, from: null });
    t.call('cases.logCall', { caseId: a.id, direction: 'in', minutes: 5, body: '客户来电' });
    const note = t.call('cases.addNote', { caseId: a.id, body: '初稿' });
    t.call('cases.editNote', { caseId: a.id, noteId: note.id, from: '初稿', body: '定稿' });
    t.call('attachments.add', { caseId: a.id, name: 'a.log', mime: '', dataBase64: 'eA==' });
    const rows = t.desk.db.prepare('SELECT kind, payload FROM case_events').all() as {
      kind: string;
      payload: string;
    }[];
    const kinds = new Set(rows.map((r) => r.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(12);
    const problems = rows
      .map((r) => eventPayloadProblem(r.kind, JSON.parse(r.payload)))
      .filter((p): p is string => p !== null);
    expect([...new Set(problems)]).toEqual([]);
  });

  it('refuse a kind the timeline does not know, and a payload its kind never has', () => {
    expect(eventPayloadProblem('deleted', {})).toMatch(/unknown kind/);
    expect(eventPayloadProblem('__proto__', {})).toMatch(/unknown kind/);
    expect(eventPayloadProblem('status_changed', { from: 'new', to: 'gone' })).toMatch(/status_changed/);
    expect(eventPayloadProblem('note', { body: 42 })).toMatch(/note/);
    expect(eventPayloadProblem('note', { body: '好' })).toBeNull();
  });
});
