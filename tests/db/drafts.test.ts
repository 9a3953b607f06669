import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../db/ids';
import { insertAgent } from '../../db/queries/agents';
import { openDesk } from '../../electron/services/desk';
import { findDraft, saveDraft } from '../../electron/services/drafts';
import { JAN_2026, openTestDesk, type TestDesk } from './case-support';

let t: TestDesk;

describe('drafts', () => {
  it('saves as the agent types, restores the latest text, and discards on save', () => {
    t = openTestDesk();
    const key = `case:${uuidv7()}`;
    expect(t.call('drafts.get', { key })).toEqual({ draft: null });

    t.call('drafts.save', { key, body: { mode: 'note', body: '已电话' } });
    const at = t.tick(500);
    expect(t.call('drafts.save', { key, body: { mode: 'note', body: '已电话联系客户' } })).toEqual({
      updatedAt: at,
    });
    expect(t.call('drafts.get', { key })).toEqual({
      draft: { key, body: { mode: 'note', body: '已电话联系客户' }, updatedAt: at },
    });
    expect(t.count('drafts')).toBe(1);

    expect(t.call('drafts.discard', { key })).toEqual({ discarded: true });
    expect(t.call('drafts.discard', { key })).toEqual({ discarded: false });
    expect(t.call('drafts.get', { key }).draft).toBeNull();
  });

  it('survives closing and reopening the case log (a crash or restart)', () => {
    t = openTestDesk();
    const file = t.desk.db.name;
    t.call('drafts.save', { key: 'new-case', body: { title: '客户无法登录 Outlook', severity: 'B' } });
    t.desk.close();

    const reopened = openDesk({ dbPath: file, version: 'test', now: () => JAN_2026 });
    try {
      expect(findDraft(reopened.ctx, { key: 'new-case' }).draft?.body).toEqual({
        title: '客户无法登录 Outlook',
        severity: 'B',
      });
    } finally {
      reopened.close();
    }
    t = openTestDesk(); // closed when the test ends
  });

  it('keeps each agent’s drafts apart', () => {
    t = openTestDesk();
    const other = { id: uuidv7(), name: '李娜', role: 'agent' as const };
    insertAgent(t.desk.db, { ...other, createdAt: 1 });
    const theirs = { ...t.desk.ctx, agentId: other.id };
    saveDraft(theirs, { key: 'new-case', body: { title: '李娜的草稿' } });
    saveDraft(t.desk.ctx, { key: 'new-case', body: { title: '我的草稿' } });
    expect(findDraft(theirs, { key: 'new-case' }).draft?.body).toEqual({ title: '李娜的草稿' });
    expect(findDraft(t.desk.ctx, { key: 'new-case' }).draft?.body).toEqual({ title: '我的草稿' });
  });

  it('refuses odd keys and oversized bodies', () => {
    t = openTestDesk();
    expect(t.fail('drafts.save', { key: '../etc', body: {} }).issues).toEqual([
      { path: 'key', message: 'validation.invalid' },
    ]);
    expect(t.fail('drafts.save', { key: 'new-case', body: { text: 'x'.repeat(200_001) } }).code).toBe(
      'VALIDATION',
    );
    expect(t.fail('drafts.save', { key: 'new-case', body: 'not an object' }).code).toBe('VALIDATION');
    expect(t.count('drafts')).toBe(0);
  });
});
