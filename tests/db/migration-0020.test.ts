import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { tempDbPath } from '../helpers/temp-db';
import { openMigrated, seedCaseLog } from './migration-support';

const [v10, v20] = [MIGRATIONS[0]!, MIGRATIONS[1]!];

/** A case log as version 10 left it: one customer, one case, a note. */
function seedVersion10(file: string) {
  seedCaseLog(
    file,
    [v10],
    `
    INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '值班坐席', 'lead', 1);
    INSERT INTO customers (id, name, tenant_domain, partner_customer_id, created_at, updated_at)
      VALUES ('cu1', '上海明远贸易有限公司', 'mingyuan.partner.onmschina.cn', 'PC-1', 1, 1);
    INSERT INTO contacts (id, customer_id, name, email, created_at) VALUES ('ct1', 'cu1', '王晓明', 'wang@mingyuan.cn', 1);
    INSERT INTO cases (id, number, customer_id, title, description, support_area, service, severity, channel,
      status, created_by, created_at, updated_at)
      VALUES ('c1', 'SD-2026-000001', 'cu1', '客户无法登录 Outlook', '桌面版持续提示输入密码', 'client_connectivity',
        'office365', 'B', 'phone', 'new', 'a1', 1, 2);
    INSERT INTO case_events (id, case_id, agent_id, at, kind, payload)
      VALUES ('e1', 'c1', 'a1', 2, 'note', '{"body":"已清除凭据缓存，问题依旧"}');
  `,
  );
}

describe('migration 0020 (case log)', () => {
  it('carries version-10 data over: sort keys filled, everything searchable', () => {
    const file = tempDbPath();
    seedVersion10(file);
    const db = openMigrated(file, [v10, v20]);
    expect(schemaVersion(db)).toBe(20);
    expect(db.prepare('SELECT customer_name FROM cases').pluck().get()).toBe('上海明远贸易有限公司');
    const match = (table: string, q: string) =>
      db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(`"${q}"`).length;
    expect(match('case_text', '无法登录')).toBe(1);
    expect(match('note_text', '凭据缓存')).toBe(1);
    expect(match('customer_text', '明远贸易')).toBe(1);
    expect(db.prepare('SELECT count(*) FROM services WHERE builtin = 1').pluck().get()).toBe(5);
  });

  it('keeps search and sort keys current through its triggers', () => {
    const file = tempDbPath();
    seedVersion10(file);
    const db = openMigrated(file, [v10, v20]);
    db.exec(`UPDATE customers SET name = '明远集团' WHERE id = 'cu1'`);
    expect(db.prepare('SELECT customer_name FROM cases').pluck().get()).toBe('明远集团');
    db.exec(`UPDATE cases SET request_number = '2611240010001234' WHERE id = 'c1'`);
    const inCases = db.prepare(`SELECT rowid FROM case_text WHERE case_text MATCH ?`).pluck();
    expect(inCases.all('"0010001234"')).toHaveLength(1);
    db.exec(`INSERT INTO case_events (id, case_id, agent_id, at, kind, payload)
      VALUES ('e2', 'c1', 'a1', 3, 'note_edited', '{"noteId":"e1","body":"改为：重置密码后恢复"}')`);
    const inNotes = db.prepare(`SELECT rowid FROM note_text WHERE note_text MATCH ?`).pluck();
    expect(inNotes.all('"凭据缓存"')).toHaveLength(0);
    expect(inNotes.all('"重置密码"')).toHaveLength(1);
    db.exec(
      `INSERT INTO contacts (id, customer_id, name, phone, created_at) VALUES ('ct2', 'cu1', '李娜', '13800138000', 4)`,
    );
    const inCustomers = db.prepare(`SELECT rowid FROM customer_text WHERE customer_text MATCH ?`).pluck();
    expect(inCustomers.all('"13800138000"')).toHaveLength(1);
    expect(inCustomers.all('"wang@mingyuan"')).toHaveLength(1);
    db.exec(`DELETE FROM contacts WHERE id = 'ct1'`);
    expect(inCustomers.all('"wang@mingyuan"')).toHaveLength(0);
  });

  it('pages the list by every sortable column through an index', () => {
    const db = openMigrated(tempDbPath());
    for (const column of [
      'updated_at',
      'created_at',
      'title',
      'customer_name',
      'severity',
      'status',
      'number',
    ]) {
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id FROM cases WHERE (${column}, id) < (?, ?) ORDER BY ${column} DESC, id DESC LIMIT 50`,
        )
        .all('x', 'y')
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(plan, column).toMatch(/USING (COVERING )?INDEX/);
      expect(plan, column).not.toMatch(/TEMP B-TREE/);
    }
  });
});
