import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migratedLog, migrationsThrough } from './migration-support';

/** A case log as the version before 0070 left it (agents and an open case, no handovers yet), migrated to 0070. */
const migrated = () =>
  migratedLog(
    70,
    `
    INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '李娜', 'agent', 1), ('a2', '王强', 'lead', 1);
    INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu1', '上海明远贸易有限公司', 1, 1);
    INSERT INTO cases (id, number, customer_id, customer_name, title, support_area, service, severity, channel,
      status, created_by, created_at, updated_at)
      VALUES ('c1', 'SD-2026-000001', 'cu1', '上海明远贸易有限公司', '邮件延迟', 'performance_availability',
        'office365', 'A', 'phone', 'new', 'a1', 1, 1);
  `,
    migrationsThrough(70),
  );

const insertHandover = (id: string, status: string, text: string, createdAt: number) =>
  `INSERT INTO handovers (id, from_agent_id, status, document, case_count, severity_a_count, search_text, created_at)
   VALUES ('${id}', 'a1', '${status}', '{"items":[]}', 0, 0, '${text}', ${createdAt})`;

describe('migration 0070 (handover)', () => {
  it('adds the handover tables to an existing case log, which keeps its data', () => {
    const db = migrated();
    expect(schemaVersion(db)).toBe(70);
    expect(db.prepare('SELECT title FROM cases').pluck().get()).toBe('邮件延迟');
    expect(db.prepare('SELECT count(*) FROM handovers').pluck().get()).toBe(0);
    db.exec(insertHandover('h1', 'pending', '李娜\n机房空调维修', 10));
    db.exec(insertHandover('h2', 'superseded', '证书到期', 20));
    const match = db.prepare('SELECT rowid FROM handover_text WHERE handover_text MATCH ?').pluck();
    expect(match.all('"空调维"')).toHaveLength(1);
    expect(match.all('"证书到"')).toHaveLength(1);
  });

  it('keeps handovers consistent: acknowledged means by whom and when, and nothing is deleted', () => {
    const db = migrated();
    db.exec(insertHandover('h1', 'pending', 'x', 10));
    expect(() => db.exec(`UPDATE handovers SET status = 'acknowledged' WHERE id = 'h1'`)).toThrow(/CHECK/);
    db.exec(
      `UPDATE handovers SET status = 'acknowledged', to_agent_id = 'a2', acknowledged_at = 11 WHERE id = 'h1'`,
    );
    expect(() => db.exec(`DELETE FROM handovers`)).toThrow(/kept/);
    expect(() => db.exec(`UPDATE handovers SET search_text = 'y'`)).toThrow(/not edited/);
  });

  it('records each A confirmation once, and its events only ever grow', () => {
    const db = migrated();
    db.exec(insertHandover('h1', 'pending', 'x', 10));
    const confirm = (id: string) =>
      db.exec(`INSERT INTO handover_events (id, handover_id, agent_id, at, kind, payload)
        VALUES ('${id}', 'h1', 'a2', 12, 'item_confirmed', '{"caseId":"c1"}')`);
    confirm('e1');
    expect(() => confirm('e2')).toThrow(/UNIQUE/);
    expect(() => db.exec(`UPDATE handover_events SET at = 13`)).toThrow(/append-only/);
    expect(() => db.exec(`DELETE FROM handover_events`)).toThrow(/append-only/);
    expect(() =>
      db.exec(`INSERT INTO handover_events (id, handover_id, agent_id, at, kind, payload)
        VALUES ('e3', 'h1', 'a2', 12, 'rewritten', '{}')`),
    ).toThrow(/CHECK/);
  });

  it('answers the pending list and the history from indexes', () => {
    const db = migrated();
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`SELECT id FROM handovers WHERE status = 'pending' ORDER BY created_at`)).toContain(
      'handovers_pending',
    );
    expect(plan('SELECT id FROM handovers ORDER BY created_at DESC, id DESC LIMIT 50')).toContain(
      'handovers_created',
    );
    expect(
      plan(`SELECT id FROM handovers WHERE from_agent_id = 'a1' ORDER BY created_at DESC LIMIT 1`),
    ).toContain('handovers_from');
  });
});
