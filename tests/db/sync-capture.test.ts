import { describe, expect, it } from 'vitest';
import { canonicalDump } from '../../db/sync/dump';
import { startCapture } from '../../db/sync/snapshot';
import { openTestDesk } from './case-support';

const outbox = (db: ReturnType<typeof openTestDesk>['desk']['db']) =>
  db.prepare('SELECT tbl, op, data FROM sync_outbox ORDER BY seq').all() as {
    tbl: string;
    op: string;
    data: string;
  }[];

describe('capture into the sync outbox (migration 0110)', () => {
  it('keeps no outbox on a desk that never joined one', () => {
    const t = openTestDesk();
    t.newCase(t.customer().id);
    expect(t.count('sync_outbox')).toBe(0);
    expect(t.count('sync_row_clock')).toBe(0);
  });

  it('queues the whole local log when capture starts, then each change once, with only what changed', () => {
    const t = openTestDesk();
    const c = t.newCase(t.customer().id, '加入前的案例');
    const queued = startCapture(t.desk.db, 'AB');
    expect(queued).toBe(outbox(t.desk.db).length);
    expect(outbox(t.desk.db).map((r) => r.tbl)).toEqual(
      expect.arrayContaining(['agents', 'customers', 'cases', 'case_events']),
    );
    t.desk.db.prepare('DELETE FROM sync_outbox').run();

    t.call('cases.update', { caseId: c.id, changes: { title: '新标题' }, from: { title: c.title } });
    const rows = outbox(t.desk.db);
    const caseUpdate = rows.find((r) => r.tbl === 'cases' && r.op === 'update')!;
    expect(JSON.parse(caseUpdate.data)).toHaveProperty('title', '新标题');
    expect(JSON.parse(caseUpdate.data)).not.toHaveProperty('number');
    expect(rows.filter((r) => r.tbl === 'case_events')).toHaveLength(1);
  });

  it('leaves out what belongs to the workstation: its language, drafts, PIN lock-outs, sign-ins', () => {
    const t = openTestDesk();
    startCapture(t.desk.db, 'AB');
    t.desk.db.prepare('DELETE FROM sync_outbox').run();
    const db = t.desk.db;
    db.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"en"')`).run();
    db.prepare('UPDATE agents SET pin_failures = pin_failures + 1').run();
    const agent = db.prepare('SELECT id FROM agents').pluck().get() as string;
    db.prepare(`INSERT INTO drafts (key, agent_id, body, updated_at) VALUES ('d', ?, '{}', 0)`).run(agent);
    expect(outbox(db)).toEqual([]);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('attachmentLimitMb', '20')`).run();
    expect(outbox(db).map((r) => r.tbl)).toEqual(['settings']);
    expect(canonicalDump(db)).not.toContain('["language"');
    expect(canonicalDump(db)).toContain('["attachmentLimitMb"');
  });

  it('stamps changes with a clock that only moves forward, the workstation id breaking ties', () => {
    const t = openTestDesk();
    startCapture(t.desk.db, 'AB');
    // (The snapshot of the log at capture start shares one tick.)
    t.desk.db.prepare('DELETE FROM sync_outbox').run();
    for (let i = 0; i < 5; i += 1) t.customer(`客户 ${i}`);
    const clocks = t.desk.db.prepare('SELECT hlc FROM sync_outbox ORDER BY seq').pluck().all() as string[];
    expect(clocks).toHaveLength(5);
    expect([...clocks].sort()).toEqual(clocks);
    expect(new Set(clocks).size).toBe(clocks.length);
    const id = t.desk.db.prepare('SELECT workstation_id FROM sync_state').pluck().get() as string;
    for (const clock of clocks) expect(clock).toMatch(new RegExp(`^\\d{13}\\.\\d{6}\\.${id}$`));
  });
});
