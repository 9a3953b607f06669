import { describe, expect, it } from 'vitest';
import { OUTLOOK_CASE } from '../helpers/arranged-inputs';
import type { CaseDetail, CaseEventKind } from '../../core/cases';
import { openTestDesk, storedEvents, type TestDesk } from './case-support';

let t: TestDesk;

const searchIds = (query: string) => t.call('cases.search', { query }).items.map((i) => i.id);
const ALL_KINDS: CaseEventKind[] = [
  'created',
  'note',
  'reply',
  'call',
  'note_edited',
  'status_changed',
  'assigned',
  'field_changed',
  'tag_added',
  'tag_removed',
  'link_added',
  'link_removed',
  'attachment_added',
];

describe('the timeline', () => {
  it('appends every kind of event with its agent and time, in order, and refuses to rewrite any', () => {
    t = openTestDesk();
    const me = t.desk.ctx.agentId;
    const [c, other] = t.customerCases(OUTLOOK_CASE.title, '另一个案例');
    const step = () => t.tick(60_000);

    step();
    const note = t.call('cases.addNote', { caseId: c.id, body: '已电话联系客户' });
    step();
    t.call('cases.addReply', { caseId: c.id, body: '您好，请清除凭据缓存后重试。' });
    step();
    t.call('cases.logCall', { caseId: c.id, direction: 'in', minutes: 12, body: '客户来电确认问题依旧' });
    step();
    t.call('cases.editNote', {
      caseId: c.id,
      noteId: note.id,
      from: '已电话联系客户',
      body: '已电话联系客户（王经理）',
    });
    step();
    t.call('cases.changeStatus', { caseId: c.id, from: 'new', to: 'in_progress' });
    step();
    t.call('cases.assign', { caseId: c.id, ownerId: me, from: null });
    step();
    t.call('cases.update', { caseId: c.id, changes: { severity: 'A' }, from: { severity: 'B' } });
    step();
    t.call('cases.addTag', { caseId: c.id, tag: 'Outlook' });
    step();
    t.call('cases.removeTag', { caseId: c.id, tag: 'Outlook' });
    step();
    t.call('cases.link', { caseId: c.id, otherId: other.id, kind: 'related_to' });
    step();
    t.call('cases.unlink', { caseId: c.id, otherId: other.id });
    step();
    t.call('attachments.add', { caseId: c.id, name: 'error.log', mime: 'text/plain', dataBase64: 'b2s=' });

    const events = storedEvents(t.desk, c.id);
    expect(events.map((e) => e.kind)).toEqual(ALL_KINDS);
    events.forEach((e, i) => {
      expect(e.agentId).toBe(me);
      expect(e.at).toBe(c.createdAt + i * 60_000);
    });
    const detail = t.get(c.id);
    expect(detail.events.map((e) => e.kind)).toEqual(ALL_KINDS);
    expect(detail.events.every((e) => e.agentName === '值班坐席')).toBe(true);
    expect(detail.updatedAt).toBe(c.createdAt + 12 * 60_000);

    expect(() => t.desk.db.prepare("UPDATE case_events SET payload = '{}'").run()).toThrow(/append-only/);
    expect(() => t.desk.db.prepare('DELETE FROM case_events WHERE case_id = ?').run(c.id)).toThrow(
      /append-only/,
    );
  });

  it('keeps replies and calls apart from notes, and validates a call', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id);
    const reply = t.call('cases.addReply', { caseId: c.id, body: '  已为您重置密码。 ' });
    expect(reply).toMatchObject({
      kind: 'reply',
      payload: { body: '已为您重置密码。' },
      agentName: '值班坐席',
    });
    const call = t.call('cases.logCall', {
      caseId: c.id,
      direction: 'out',
      minutes: 0,
      body: '未接通',
    });
    expect(call.payload).toEqual({ direction: 'out', minutes: 0, body: '未接通' });

    const bad = t.fail('cases.logCall', { caseId: c.id, direction: 'sideways', minutes: -1, body: '' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues!.map((i) => i.path).sort()).toEqual(['body', 'direction', 'minutes']);
    expect(t.fail('cases.addReply', { caseId: '01900000-0000-7000-8000-000000000000', body: 'x' }).code).toBe(
      'NOT_FOUND',
    );
    // Replies and call summaries are found by search like notes.
    expect(searchIds('重置密码')).toEqual([c.id]);
    expect(searchIds('未接通')).toEqual([c.id]);
  });
});

describe('editing a note', () => {
  it('keeps every earlier text in the history, and search finds the edited text, not the old', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id, 'Outlook prompts for password');
    const note = t.call('cases.addNote', { caseId: c.id, body: '已清除凭据缓存，问题依旧' });
    expect(searchIds('凭据缓存')).toEqual([c.id]);

    t.tick();
    const first = t.call('cases.editNote', {
      caseId: c.id,
      noteId: note.id,
      from: '已清除凭据缓存，问题依旧',
      body: '已重建 Outlook 配置文件，问题解决',
    });
    expect(first).toMatchObject({ kind: 'note_edited', payload: { noteId: note.id } });
    t.tick();
    t.call('cases.editNote', {
      caseId: c.id,
      noteId: note.id,
      from: '已重建 Outlook 配置文件，问题解决',
      body: '已重建 Outlook 配置文件，客户确认问题解决',
    });

    expect(searchIds('凭据缓存')).toEqual([]);
    expect(searchIds('配置文件')).toEqual([c.id]);
    expect(searchIds('客户确认')).toEqual([c.id]);

    const detail = t.get(c.id);
    const history = detail.events
      .filter((e) => e.id === note.id || (e.kind === 'note_edited' && e.payload.noteId === note.id))
      .map((e) => (e.payload as { body: string }).body);
    expect(history).toEqual([
      '已清除凭据缓存，问题依旧',
      '已重建 Outlook 配置文件，问题解决',
      '已重建 Outlook 配置文件，客户确认问题解决',
    ]);
  });

  it('refuses a stale edit, an unchanged text, a reply or another case’s note', () => {
    t = openTestDesk();
    const [c, other] = t.customerCases(OUTLOOK_CASE.title, 'other');
    const note = t.call('cases.addNote', { caseId: c.id, body: 'v1' });
    t.call('cases.editNote', { caseId: c.id, noteId: note.id, from: 'v1', body: 'v2' });
    const before = t.count('case_events');

    expect(t.fail('cases.editNote', { caseId: c.id, noteId: note.id, from: 'v1', body: 'v3' }).code).toBe(
      'CONFLICT',
    );
    expect(t.fail('cases.editNote', { caseId: c.id, noteId: note.id, from: 'v2', body: 'v2' }).code).toBe(
      'VALIDATION',
    );
    const reply = t.call('cases.addReply', { caseId: c.id, body: 'sent' });
    expect(t.fail('cases.editNote', { caseId: c.id, noteId: reply.id, from: 'sent', body: 'x' }).code).toBe(
      'NOT_FOUND',
    );
    expect(t.fail('cases.editNote', { caseId: other.id, noteId: note.id, from: 'v2', body: 'x' }).code).toBe(
      'NOT_FOUND',
    );
    expect(t.count('case_events')).toBe(before + 1);
    const detail = t.get(c.id) as CaseDetail;
    expect(detail.events.filter((e) => e.kind === 'note_edited')).toHaveLength(1);
  });
});
