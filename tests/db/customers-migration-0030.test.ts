import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import type { openDatabase } from '../../db/open';
import { tempDbPath } from '../helpers/temp-db';
import { migrationsThrough, openMigrated, seedCaseLog } from './migration-support';

/** A case log as version 20 left it: a customer with a contact, indexed by 0020's triggers. */
function seedVersion20(file: string) {
  seedCaseLog(
    file,
    migrationsThrough(20),
    `
    INSERT INTO customers (id, name, tenant_domain, partner_customer_id, created_at, updated_at)
      VALUES ('cu1', '上海明远贸易有限公司', 'mingyuan.partner.onmschina.cn', 'PC-1', 1, 1);
    INSERT INTO contacts (id, customer_id, name, email, created_at) VALUES ('ct1', 'cu1', '王晓明', 'wang@mingyuan.cn', 1);
  `,
  );
}

const matches = (db: ReturnType<typeof openDatabase>, q: string) =>
  db.prepare('SELECT count(*) FROM customer_text WHERE customer_text MATCH ?').pluck().get(`"${q}"`);

describe('migration 0030 (customer directory)', () => {
  it('keeps version-20 customers searchable and the triggers working', () => {
    const file = tempDbPath();
    seedVersion20(file);
    const db = openMigrated(file, migrationsThrough(30));
    expect(schemaVersion(db)).toBe(30);
    expect(matches(db, '明远贸易')).toBe(1);
    expect(matches(db, 'wang@mingyuan')).toBe(1);
    db.exec(`UPDATE customers SET name = '明远集团' WHERE id = 'cu1'`);
    db.exec(
      `INSERT INTO contacts (id, customer_id, name, phone, created_at) VALUES ('ct2', 'cu1', '李娜', '13800138000', 2)`,
    );
    db.exec(`INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu2', '北京华信科技', 3, 3)`);
    expect(matches(db, '明远集团')).toBe(1);
    expect(matches(db, '明远贸易')).toBe(0);
    expect(matches(db, '13800138000')).toBe(1);
    expect(matches(db, '华信科技')).toBe(1);
    db.exec(`DELETE FROM contacts WHERE id = 'ct1'`);
    expect(matches(db, 'wang@mingyuan')).toBe(0);
  });

  it('lets the customer index triggers stand aside while a bulk write has paused them', () => {
    const db = openMigrated(tempDbPath(), migrationsThrough(30));
    db.exec(`INSERT INTO search_index_pause (name) VALUES ('customer_text')`);
    db.exec(`INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu1', '广州南方物流', 1, 1)`);
    db.exec(`INSERT INTO contacts (id, customer_id, name, created_at) VALUES ('ct1', 'cu1', '陈刚', 1)`);
    expect(db.prepare('SELECT count(*) FROM customer_text').pluck().get()).toBe(0);
    db.exec(`DELETE FROM search_index_pause`);
    db.exec(`INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu2', '深圳前海云帆', 2, 2)`);
    expect(matches(db, '前海云帆')).toBe(1);
    // Another index's name does not pause this one.
    db.exec(`INSERT INTO search_index_pause (name) VALUES ('case_text')`);
    db.exec(`UPDATE customers SET name = '深圳云帆科技' WHERE id = 'cu2'`);
    expect(matches(db, '云帆科技')).toBe(1);
  });

  it('pages the customer list by name then id through one index, with no sort step', () => {
    const db = openMigrated(tempDbPath(), migrationsThrough(30));
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM customers c
         WHERE c.name COLLATE NOCASE >= 'm' AND (c.name COLLATE NOCASE > 'm' OR c.id > 'x')
         ORDER BY c.name COLLATE NOCASE, c.id LIMIT 100`,
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/SEARCH c USING (COVERING )?INDEX customers_name \(name>\?\)/);
    expect(plan).not.toContain('TEMP B-TREE');
    expect(db.prepare(`SELECT v FROM customer_text_config WHERE k = 'hashsize'`).pluck().get()).toBe(
      16777216,
    );
  });
});
