import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { tempDbPath } from '../helpers/temp-db';
import { migratedLog, openMigrated } from './migration-support';

/** A case log as the version before 0080 left it (a customer with a case and its agent), migrated. */
const migrated = () =>
  migratedLog(
    80,
    `
    INSERT INTO agents (id, name, created_at) VALUES ('ag1', '值班坐席', 1);
    INSERT INTO customers (id, name, tenant_domain, created_at, updated_at)
      VALUES ('cu1', '上海明远贸易有限公司', 'mingyuan.partner.onmschina.cn', 1, 1);
    INSERT INTO cases (id, number, customer_id, customer_name, title, support_area, service, severity, channel,
        status, created_by, created_at, updated_at)
      VALUES ('ca1', 'SD-2026-000001', 'cu1', '上海明远贸易有限公司', '邮件延迟', 'performance_availability',
        'office365', 'B', 'phone', 'in_progress', 'ag1', 1, 1);
  `,
  );

const draft = (id: string, status = 'draft', extra = '') =>
  `INSERT INTO escalations (id, case_id, service, title, issue, tried, target, status, severity, business_impact,
     contact, summary_language, agent_id, created_at, updated_at ${extra ? ', request_number, submitted_at' : ''})
   VALUES ('${id}', 'ca1', 'office365', '邮件延迟', '邮件延迟 2 小时', '检查了邮件流', 'admin_center', '${status}', 'B',
     '销售部无法收到订单', '王晓明 13800138000', 'zh-CN', 'ag1', 2, 2 ${extra})`;

describe('migration 0080 (escalations)', () => {
  it('keeps existing customers and cases, and gives every customer "no premium agreement"', () => {
    const db = migrated();
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(80);
    expect(db.prepare(`SELECT premium_agreement FROM customers WHERE id = 'cu1'`).pluck().get()).toBe(0);
    expect(() => db.exec(`UPDATE customers SET premium_agreement = 2 WHERE id = 'cu1'`)).toThrow(/CHECK/);
    expect(db.prepare(`SELECT title FROM cases WHERE id = 'ca1'`).pluck().get()).toBe('邮件延迟');
  });

  it('allows one open escalation per case, and a request number only once submitted', () => {
    const db = openMigrated(tempDbPath());
    db.exec(`
      INSERT INTO agents (id, name, created_at) VALUES ('ag1', 'A', 1);
      INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu1', 'C', 1, 1);
      INSERT INTO cases (id, number, customer_id, customer_name, title, support_area, service, severity, channel,
          status, created_by, created_at, updated_at)
        VALUES ('ca1', 'SD-2026-000001', 'cu1', 'C', 't', 'updates', 'office365', 'B', 'phone', 'new', 'ag1', 1, 1);
    `);
    db.exec(draft('e1'));
    expect(() => db.exec(draft('e2'))).toThrow(/UNIQUE/);
    // A submitted escalation needs its number; a draft may not have one.
    expect(() => db.exec(draft('e3', 'submitted'))).toThrow(/CHECK/);
    db.exec(`UPDATE escalations SET status = 'withdrawn', request_number = '2601050010001', submitted_at = 3,
      ended_at = 4 WHERE id = 'e1'`);
    db.exec(draft('e2'));
    expect(() =>
      db.exec(`INSERT INTO escalation_reasons VALUES ('e2', 'budget', 'we had no budget for it')`),
    ).toThrow(/CHECK/);
    db.exec(`INSERT INTO escalation_reasons VALUES ('e2', 'tools', '没有查看邮件流日志的工具权限')`);
    db.exec(`DELETE FROM escalations WHERE id = 'e2'`);
    expect(db.prepare('SELECT count(*) FROM escalation_reasons').pluck().get()).toBe(0);
  });

  it('keeps Partner Center request history append-only', () => {
    const db = openMigrated(tempDbPath());
    db.exec(`
      INSERT INTO agents (id, name, created_at) VALUES ('ag1', 'A', 1);
      INSERT INTO partner_requests (id, category, title, description, status, severity, business_impact,
          contact, summary_language, agent_id, created_at, updated_at, request_number, submitted_at)
        VALUES ('p1', 'billing', '发票金额不符', '十二月发票金额与价目表不符', 'submitted', 'B', '无法对账',
          '李娜', 'zh-CN', 'ag1', 1, 1, 'PC-1', 2);
      INSERT INTO partner_request_events (id, request_id, agent_id, at, kind, payload)
        VALUES ('ev1', 'p1', 'ag1', 2, 'submitted', '{}');
    `);
    expect(() => db.exec(`UPDATE partner_request_events SET at = 3`)).toThrow(/append-only/);
    expect(() => db.exec(`DELETE FROM partner_request_events`)).toThrow(/append-only/);
    expect(() =>
      db.exec(`INSERT INTO partner_requests (id, category, title, description, status, severity,
        business_impact, contact, summary_language, agent_id, created_at, updated_at)
        VALUES ('p2', 'marketing', 't', 'd', 'draft', 'B', 'i', 'c', 'en', 'ag1', 1, 1)`),
    ).toThrow(/CHECK/);
  });

  it('reads the report range and the waiting list off indexes', () => {
    const db = openMigrated(tempDbPath());
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan('SELECT id FROM escalations WHERE submitted_at >= 1 AND submitted_at < 2')).toMatch(
      /USING INDEX escalations_submitted/,
    );
    expect(plan(`SELECT id FROM escalations WHERE status IN ('submitted', 'contacted')`)).toMatch(
      /USING INDEX escalations_status/,
    );
    expect(plan(`SELECT id FROM escalations WHERE case_id = 'x'`)).toMatch(/USING INDEX escalations_/);
  });
});
