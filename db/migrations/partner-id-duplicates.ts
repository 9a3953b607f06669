import type { Database } from 'better-sqlite3';

/** Where an upgrade leaves the Partner Center ids it had to move aside, for the desk to sort out. */
export const PARTNER_ID_DUPLICATES_SETTING = 'upgrade.partnerIdDuplicates';

export interface MovedPartnerId {
  customerId: string;
  customerName: string;
  partnerCustomerId: string;
  /** The customer that kept the id: the one created first. */
  keptBy: string;
}

/**
 * Before version 20 nothing stopped two customers from sharing a Partner Center id, and version 20 makes it
 * unique. Rather than fail the upgrade (the file would never open again) or drop a customer, the customer
 * created first keeps the id; each later one loses it from the unique column, and the id, who held it and
 * who kept it are recorded in a setting beside the data (appended to, never overwritten). Nothing else of
 * the customer changes: its cases, contacts and name stay.
 */
export function movePartnerIdDuplicatesAside(db: Database): MovedPartnerId[] {
  const moved = db
    .prepare<[], MovedPartnerId>(
      `SELECT c.id AS customerId, c.name AS customerName, c.partner_customer_id AS partnerCustomerId,
         (SELECT k.id FROM customers k WHERE k.partner_customer_id = c.partner_customer_id
           ORDER BY k.created_at, k.id LIMIT 1) AS keptBy
       FROM customers c
       WHERE c.partner_customer_id IS NOT NULL
         AND c.id <> (SELECT k.id FROM customers k WHERE k.partner_customer_id = c.partner_customer_id
           ORDER BY k.created_at, k.id LIMIT 1)
       ORDER BY c.partner_customer_id, c.created_at, c.id`,
    )
    .all();
  if (moved.length === 0) return moved;
  const clear = db.prepare('UPDATE customers SET partner_customer_id = NULL WHERE id = ?');
  for (const m of moved) clear.run(m.customerId);
  const earlier = db
    .prepare<[string], string>('SELECT value FROM settings WHERE key = ?')
    .pluck()
    .get(PARTNER_ID_DUPLICATES_SETTING);
  const all = [...((earlier ? JSON.parse(earlier) : []) as MovedPartnerId[]), ...moved];
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(PARTNER_ID_DUPLICATES_SETTING, JSON.stringify(all));
  return moved;
}
