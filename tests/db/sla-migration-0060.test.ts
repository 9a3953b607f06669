import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/open';
import type { SlaCheck } from '../../core/sla-alerts';
import { DEFAULT_SLA_POLICY } from '../../core/sla';
import { openDesk } from '../../electron/services/desk';
import { tempDbPath } from '../helpers/temp-db';
import { outcomesOf } from './sla-support';
import { migrationsThrough, openMigrated } from './migration-support';

const MIN = 60_000;
const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/**
 * A case log as version 50 left it, with times relative to the real clock (the migration computes at
 * its own "now"): cases in every SLA situation, written straight into the tables.
 */
function seedVersion50(file: string, now: number, policy?: unknown): void {
  const db = openDatabase(file, {}, migrationsThrough(50));
  expect(schemaVersion(db)).toBe(50);
  db.prepare(`INSERT INTO agents (id, name, role, created_at) VALUES (?, '王芳', 'agent', 0)`).run(id(1));
  db.prepare(`INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, '上海明远', 0, 0)`).run(
    id(2),
  );
  if (policy)
    db.prepare(`INSERT INTO settings (key, value) VALUES ('slaPolicy', ?)`).run(JSON.stringify(policy));
  const insertCase = db.prepare(
    `INSERT INTO cases (id, number, customer_id, customer_name, title, support_area, service, severity, channel,
       status, created_by, created_at, updated_at)
     VALUES (?, ?, ?, '上海明远', ?, 'howto_faq', 'office365', ?, 'phone', ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO case_events (id, case_id, agent_id, at, kind, payload) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  let seq = 100;
  const add = (
    n: number,
    severity: string,
    status: string,
    createdAgo: number,
    later: [number, string, object][],
  ) => {
    const created = now - createdAgo * MIN;
    insertCase.run(
      id(n),
      `SD-2026-${String(n).padStart(6, '0')}`,
      id(2),
      `案例 ${n}`,
      severity,
      status,
      id(1),
      created,
      now,
    );
    event.run(
      id(seq++),
      id(n),
      id(1),
      created,
      'created',
      JSON.stringify({ title: 'x', severity, status: 'new' }),
    );
    for (const [ago, kind, payload] of later)
      event.run(id(seq++), id(n), id(1), now - ago * MIN, kind, JSON.stringify(payload));
  };
  add(11, 'A', 'new', 30, []);
  add(12, 'B', 'waiting_customer', 60, [[30, 'status_changed', { from: 'new', to: 'waiting_customer' }]]);
  add(13, 'C', 'resolved', 5 * 1440, [
    [5 * 1440 - 60, 'reply', { body: '您好' }],
    [2 * 1440, 'status_changed', { from: 'new', to: 'resolved' }],
  ]);
  add(14, 'A', 'in_progress', 180, [[170, 'status_changed', { from: 'new', to: 'in_progress' }]]);
  add(15, 'A', 'closed', 600, [
    [420, 'reply', { body: '抱歉久等' }],
    [400, 'status_changed', { from: 'new', to: 'closed' }],
  ]);
  db.close();
}

const columns = (db: Db, n: number) =>
  db.prepare('SELECT next_due_at AS due, sla_state AS state FROM cases WHERE id = ?').get(id(n)) as {
    due: number | null;
    state: string;
  };
const breachEvents = (db: Db) =>
  db.prepare(`SELECT case_id AS caseId, payload FROM case_events WHERE kind = 'sla_breached'`).all() as {
    caseId: string;
    payload: string;
  }[];

describe('migration 0060 (SLA)', () => {
  it('fills due times and states for the cases already in the log, and the outcome of finished clocks', () => {
    const file = tempDbPath();
    const now = Date.now();
    seedVersion50(file, now);
    const db = openMigrated(file, migrationsThrough(60));
    expect(schemaVersion(db)).toBe(60);
    const created = (ago: number) => now - ago * MIN;
    // `now` is a little before the migration's own clock; due times do not depend on it.
    expect(columns(db, 11)).toEqual({ due: created(30) + 120 * MIN, state: 'running' });
    expect(columns(db, 12)).toEqual({ due: null, state: 'paused' });
    expect(columns(db, 13)).toEqual({ due: null, state: 'done' });
    expect(columns(db, 14)).toEqual({ due: created(180) + 120 * MIN, state: 'breached' });
    expect(columns(db, 15)).toEqual({ due: null, state: 'done' });
    expect(outcomesOf(db, id(13)).map((o) => [o.clock, o.outcome])).toEqual([
      ['firstResponse', 'met'],
      ['resolution', 'met'],
    ]);
    expect(outcomesOf(db, id(15))).toEqual([
      expect.objectContaining({
        clock: 'firstResponse',
        outcome: 'breached',
        dueAt: created(600) + 120 * MIN,
      }),
      expect.objectContaining({ clock: 'resolution', outcome: 'met', at: created(400) }),
    ]);
    // The watch's next pass: case 11 at its 60-minute warning, case 14 (overdue) at once, none when paused.
    const checkAt = (n: number) =>
      db.prepare('SELECT sla_check_at FROM cases WHERE id = ?').pluck().get(id(n));
    expect(checkAt(11)).toBe(created(30) + 60 * MIN);
    expect(checkAt(14)).toBeGreaterThanOrEqual(now);
    expect(checkAt(14)).toBeLessThanOrEqual(Date.now());
    expect(checkAt(12)).toBeNull();
    expect(checkAt(13)).toBeNull();
    // The overdue open clock is left for the first check, which puts it on the timeline.
    expect(outcomesOf(db, id(14))).toEqual([]);
    expect(breachEvents(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM sla_alerts').pluck().get()).toBe(0);

    const desk = openDesk({ dbPath: file, version: 'test' });
    try {
      const raised = desk.dispatch('sla.check', {});
      expect(raised.ok && (raised.value as SlaCheck).raised.map((a) => [a.caseId, a.kind])).toEqual([
        [id(14), 'breach'],
      ]);
      expect(breachEvents(desk.db)).toEqual([
        { caseId: id(14), payload: JSON.stringify({ clock: 'firstResponse', dueAt: now - 60 * MIN }) },
      ]);
    } finally {
      desk.close();
    }
  });

  it('computes under the policy stored in the settings', () => {
    const file = tempDbPath();
    const now = Date.now();
    const policy = {
      ...DEFAULT_SLA_POLICY,
      targets: {
        ...DEFAULT_SLA_POLICY.targets,
        A: { ...DEFAULT_SLA_POLICY.targets.A, firstResponseMin: 240 },
      },
    };
    seedVersion50(file, now, policy);
    const db = openMigrated(file, migrationsThrough(60));
    expect(columns(db, 14)).toEqual({ due: now - 180 * MIN + 240 * MIN, state: 'running' });
    expect(outcomesOf(db, id(15))[0]).toMatchObject({ clock: 'firstResponse', outcome: 'met' });
  });
});
