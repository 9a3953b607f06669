import type { CatalogueService } from '../../core/services-catalogue';
import { stmt, type Db } from '../statements';

export function serviceExists(db: Db, key: string): boolean {
  return (
    stmt<[string], { one: number }>(db, 'SELECT 1 AS one FROM services WHERE key = ?').get(key) !== undefined
  );
}

/** The catalogue: built-in services first, then the desk's own in the order added, and "other" last. */
export function listServices(db: Db): CatalogueService[] {
  return stmt<[], Omit<CatalogueService, 'builtin'> & { builtin: 0 | 1 }>(
    db,
    `SELECT key, name_zh AS nameZh, name_en AS nameEn, builtin FROM services
     ORDER BY key = 'other', builtin DESC, created_at, rowid`,
  )
    .all()
    .map((s) => ({ ...s, builtin: s.builtin === 1 }));
}

export function insertService(db: Db, row: Omit<CatalogueService, 'builtin'>, createdAt: number): void {
  stmt(
    db,
    `INSERT INTO services (key, name_zh, name_en, builtin, created_at)
     VALUES (@key, @nameZh, @nameEn, 0, @createdAt)`,
  ).run({ ...row, createdAt });
}

/** A customer's services, in catalogue order. */
export function customerServices(db: Db, customerId: string): string[] {
  return stmt<[string], string>(
    db,
    `SELECT s.key FROM customer_services cs JOIN services s ON s.key = cs.service_key
     WHERE cs.customer_id = ? ORDER BY s.key = 'other', s.builtin DESC, s.created_at, s.rowid`,
  )
    .pluck()
    .all(customerId);
}

export function addCustomerService(db: Db, customerId: string, key: string): boolean {
  return (
    stmt(db, 'INSERT OR IGNORE INTO customer_services (customer_id, service_key) VALUES (?, ?)').run(
      customerId,
      key,
    ).changes > 0
  );
}

export function removeCustomerService(db: Db, customerId: string, key: string): void {
  stmt(db, 'DELETE FROM customer_services WHERE customer_id = ? AND service_key = ?').run(customerId, key);
}
