import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import type { Db } from '../../db/open';
import { tempDbPath } from '../helpers/temp-db';
import { openDutyDesk } from './duty-support';
import { migrationsBefore, migrationsThrough, openMigrated, seedCaseLog } from './migration-support';

/** A case log as version 40 left it: the desk agent, a customer, a case with a note. */
function seedVersion40(file: string) {
  seedCaseLog(
    file,
    migrationsBefore(50),
    `
    INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '值班坐席', 'lead', 1);
    INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu1', '上海明远贸易有限公司', 1, 1);
    INSERT INTO cases (id, number, customer_id, title, support_area, service, severity, channel, status,
      created_by, created_at, updated_at)
      VALUES ('c1', 'SD-2026-000001', 'cu1', '客户无法登录 Outlook', 'client_connectivity', 'office365', 'B',
        'phone', 'new', 'a1', 1, 2);
    INSERT INTO case_events (id, case_id, agent_id, at, kind, payload) VALUES ('e1', 'c1', 'a1', 2, 'note', '{"body":"x"}');
  `,
  );
}

function migrated(): Db {
  const file = tempDbPath();
  seedVersion40(file);
  return openMigrated(file, migrationsThrough(50));
}

const refuses = (db: Db, sql: string) => expect(() => db.exec(sql)).toThrow();

describe('migration 0050 (duty)', () => {
  it('keeps the agents, active and without a PIN, and their history', () => {
    const db = migrated();
    expect(schemaVersion(db)).toBe(50);
    expect(
      db.prepare('SELECT id, active, pin_hash, pin_failures, pin_locked_until FROM agents').all(),
    ).toEqual([{ id: 'a1', active: 1, pin_hash: null, pin_failures: 0, pin_locked_until: null }]);
    expect(db.prepare('SELECT agent_id FROM case_events').pluck().all()).toEqual(['a1']);
  });

  it('allows one open session at a time, ends each once and never deletes one', () => {
    const db = migrated();
    db.exec("INSERT INTO agents (id, name, role, created_at) VALUES ('a2', '李娜', 'agent', 2)");
    db.exec("INSERT INTO duty_sessions (id, agent_id, started_at) VALUES ('s1', 'a1', 10)");
    refuses(db, "INSERT INTO duty_sessions (id, agent_id, started_at) VALUES ('s2', 'a2', 11)");
    db.exec("UPDATE duty_sessions SET ended_at = 20, end_kind = 'switch', ended_by = 'a2' WHERE id = 's1'");
    db.exec("INSERT INTO duty_sessions (id, agent_id, started_at) VALUES ('s2', 'a2', 20)");
    refuses(db, "UPDATE duty_sessions SET ended_at = 30 WHERE id = 's1'");
    refuses(db, "DELETE FROM duty_sessions WHERE id = 's1'");
    // An end needs its kind and who ended it, and cannot precede the start.
    refuses(db, "UPDATE duty_sessions SET ended_at = 30 WHERE id = 's2'");
    refuses(
      db,
      "UPDATE duty_sessions SET ended_at = 5, end_kind = 'sign_out', ended_by = 'a2' WHERE id = 's2'",
    );
    refuses(db, "INSERT INTO duty_sessions (id, agent_id, started_at) VALUES ('s3', 'nobody', 40)");
  });

  it('finds who was signed in at an instant with one index step', () => {
    const db = migrated();
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM duty_sessions WHERE started_at <= ? ORDER BY started_at DESC, id DESC LIMIT 1`,
      )
      .all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('duty_sessions_started');
  });

  it('checks roster rows and exceptions for sense', () => {
    const db = migrated();
    let n = 0;
    const shift = db.prepare(
      `INSERT INTO roster_shifts (id, weekday, start_minute, end_minute, agent_id, created_at)
       VALUES (?, ?, ?, ?, 'a1', 1)`,
    );
    const addShift = (start: number, end: number, weekday = 1) => shift.run(`r${++n}`, weekday, start, end);
    addShift(480, 960);
    addShift(1320, 360);
    addShift(960, 1440);
    expect(() => addShift(480, 480)).toThrow();
    expect(() => addShift(1440, 60)).toThrow();
    expect(() => addShift(480, 960, 8)).toThrow();

    db.exec("INSERT INTO agents (id, name, role, created_at) VALUES ('a2', '李娜', 'agent', 2)");
    const exception = db.prepare(
      `INSERT INTO roster_exceptions (id, kind, agent_id, cover_agent_id, from_date, to_date, start_minute,
         end_minute, created_at) VALUES (?, ?, 'a1', ?, ?, ?, ?, ?, 1)`,
    );
    const add = (kind: string, from: string, to: string, cover: string | null = null, span: number[] = []) =>
      exception.run(`x${++n}`, kind, cover, from, to, span[0] ?? null, span[1] ?? null);
    add('leave', '2026-03-02', '2026-03-04');
    add('swap', '2026-03-02', '2026-03-02', 'a2');
    add('extra', '2026-03-02', '2026-03-02', null, [1200, 60]);
    expect(() => add('leave', '2026-03-04', '2026-03-02')).toThrow();
    expect(() => add('leave', '2026-3-7', '2026-03-08')).toThrow();
    expect(() => add('swap', '2026-03-02', '2026-03-03', 'a2')).toThrow();
    expect(() => add('swap', '2026-03-05', '2026-03-05')).toThrow();
    expect(() => add('swap', '2026-03-06', '2026-03-06', 'a1')).toThrow();
    expect(() => add('extra', '2026-03-07', '2026-03-07')).toThrow();
    expect(() => add('leave', '2026-03-07', '2026-03-07', null, [60, 120])).toThrow();
  });

  it('signs the only agent of an upgraded desk in when it opens', () => {
    const file = tempDbPath();
    seedVersion40(file);
    const t = openDutyDesk(file);
    try {
      expect(t.desk.ctx).toMatchObject({ agentId: 'a1', signedIn: true });
      expect(t.desk.db.prepare('SELECT agent_id, ended_at FROM duty_sessions').all()).toEqual([
        { agent_id: 'a1', ended_at: null },
      ]);
    } finally {
      t.desk.close();
    }
  });
});
