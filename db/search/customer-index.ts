// The customer search index (migration 0220): one document per customer (name, tenant domain, Partner
// Center id, contacts), tokens written by the app as for cases (./tokens.ts), so the customer picker and
// the customer list find any substring of one or more characters. Triggers name the customers whose text
// changed in customer_search_dirty; the next search re-indexes them first.
import { stmt, type Db } from '../statements';
import { indexText } from './tokens';

export const CUSTOMER_SEARCH_COLUMNS = ['name', 'tenant', 'partner', 'contacts'] as const;
type Column = (typeof CUSTOMER_SEARCH_COLUMNS)[number];

const BATCH = 500;
const IN_LIST = 'IN (SELECT value FROM json_each(?))';

function readCustomers(db: Db, rowids: readonly number[]): Map<number, Record<Column, string[]>> {
  const rows = stmt<
    [string],
    { rowid: number; id: string; name: string; tenant: string | null; partner: string | null }
  >(
    db,
    `SELECT rowid, id, name, tenant_domain AS tenant, partner_customer_id AS partner FROM customers
     WHERE rowid ${IN_LIST}`,
  ).all(JSON.stringify(rowids));
  const contacts = new Map<string, string[]>();
  for (const c of stmt<[string], { k: string; name: string; email: string | null; phone: string | null }>(
    db,
    `SELECT customer_id AS k, name, email, phone FROM contacts WHERE customer_id ${IN_LIST}
     ORDER BY customer_id, created_at, id`,
  ).all(JSON.stringify(rows.map((r) => r.id)))) {
    const values = [c.name, c.email, c.phone].filter((v): v is string => !!v);
    contacts.set(c.k, [...(contacts.get(c.k) ?? []), ...values]);
  }
  return new Map(
    rows.map((r) => [
      r.rowid,
      {
        name: [r.name],
        tenant: r.tenant ? [r.tenant] : [],
        partner: r.partner ? [r.partner] : [],
        contacts: contacts.get(r.id) ?? [],
      },
    ]),
  );
}

function writeCustomers(db: Db, rowids: readonly number[], replace: boolean): void {
  const insert = stmt(
    db,
    `INSERT INTO customer_search (rowid, ${CUSTOMER_SEARCH_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`,
  );
  const remove = stmt(db, 'DELETE FROM customer_search WHERE rowid = ?');
  for (let at = 0; at < rowids.length; at += BATCH) {
    const batch = rowids.slice(at, at + BATCH);
    const docs = readCustomers(db, batch);
    for (const rowid of batch) {
      if (replace) remove.run(rowid);
      const doc = docs.get(rowid);
      if (doc) insert.run(rowid, ...CUSTOMER_SEARCH_COLUMNS.map((c) => indexText(doc[c])));
    }
  }
}

/** Re-indexes the customers changed since the last search; returns how many. */
export function refreshCustomerIndex(db: Db): number {
  const pending = stmt<[], number>(db, 'SELECT customer_rowid FROM customer_search_dirty').pluck();
  if (pending.get() === undefined) return 0;
  return db.transaction(() => {
    const dirty = pending.all();
    writeCustomers(db, dirty, true);
    stmt(db, 'DELETE FROM customer_search_dirty').run();
    return dirty.length;
  })();
}

/** Indexes every customer into an empty customer_search (the migration). */
export function buildCustomerIndex(db: Db): void {
  writeCustomers(db, stmt<[], number>(db, 'SELECT rowid FROM customers ORDER BY rowid').pluck().all(), false);
  stmt(db, 'DELETE FROM customer_search_dirty').run();
}
