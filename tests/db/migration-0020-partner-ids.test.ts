import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { PARTNER_ID_DUPLICATES_SETTING } from '../../db/migrations/partner-id-duplicates';
import { tempDbPath } from '../helpers/temp-db';
import { openMigrated, seedCaseLog } from './migration-support';

/** A version-10 case log in which three customers share one Partner Center id and two share another. */
function seedDuplicates(file: string) {
  seedCaseLog(
    file,
    [MIGRATIONS[0]!],
    `
    INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '值班坐席', 'lead', 1);
    INSERT INTO customers (id, name, tenant_domain, partner_customer_id, created_at, updated_at) VALUES
      ('cu1', '上海明远贸易有限公司', 'mingyuan.partner.onmschina.cn', 'PC-1', 10, 10),
      ('cu2', '明远贸易（重复录入）', NULL, 'PC-1', 20, 20),
      ('cu3', 'Mingyuan Trading', NULL, 'PC-1', 30, 30),
      ('cu4', '北京华信科技', NULL, 'PC-2', 5, 5),
      ('cu5', '华信科技', NULL, 'PC-2', 40, 40),
      ('cu6', '深圳远航', NULL, 'PC-3', 1, 1);
    INSERT INTO cases (id, number, customer_id, title, description, support_area, service, severity, channel,
      status, created_by, created_at, updated_at)
      VALUES ('c1', 'SD-2026-000001', 'cu2', '客户无法登录 Outlook', '', 'client_connectivity',
        'office365', 'B', 'phone', 'new', 'a1', 21, 21);
  `,
  );
}

describe('upgrading a version-10 file whose customers share a Partner Center id', () => {
  it('opens at the latest version with every customer and case kept', () => {
    const file = tempDbPath();
    seedDuplicates(file);
    const db = openMigrated(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(6);
    expect(db.prepare(`SELECT customer_id FROM cases WHERE id = 'c1'`).pluck().get()).toBe('cu2');
  });

  it('keeps the id on the customer created first and moves the later ones aside, reported', () => {
    const file = tempDbPath();
    seedDuplicates(file);
    const db = openMigrated(file);
    const ids = db.prepare('SELECT id, partner_customer_id AS pc FROM customers ORDER BY id').all();
    expect(ids).toEqual([
      { id: 'cu1', pc: 'PC-1' },
      { id: 'cu2', pc: null },
      { id: 'cu3', pc: null },
      { id: 'cu4', pc: 'PC-2' },
      { id: 'cu5', pc: null },
      { id: 'cu6', pc: 'PC-3' },
    ]);
    const report = db
      .prepare('SELECT value FROM settings WHERE key = ?')
      .pluck()
      .get(PARTNER_ID_DUPLICATES_SETTING) as string;
    expect(JSON.parse(report)).toEqual([
      { customerId: 'cu2', customerName: '明远贸易（重复录入）', partnerCustomerId: 'PC-1', keptBy: 'cu1' },
      { customerId: 'cu3', customerName: 'Mingyuan Trading', partnerCustomerId: 'PC-1', keptBy: 'cu1' },
      { customerId: 'cu5', customerName: '华信科技', partnerCustomerId: 'PC-2', keptBy: 'cu4' },
    ]);
  });

  it('records nothing for a file without duplicates', () => {
    const file = tempDbPath();
    seedCaseLog(
      file,
      [MIGRATIONS[0]!],
      `INSERT INTO customers (id, name, partner_customer_id, created_at, updated_at) VALUES ('cu1', 'A', 'PC-1', 1, 1);`,
    );
    const db = openMigrated(file);
    expect(
      db.prepare('SELECT count(*) FROM settings WHERE key = ?').pluck().get(PARTNER_ID_DUPLICATES_SETTING),
    ).toBe(0);
  });
});
