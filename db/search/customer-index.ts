// The customer search index (migration 0220): one document per customer (name, tenant domain, Partner
// Center id, contacts), tokens written by the app as for cases, so the customer picker and the customer
// list find any substring of one or more characters. Triggers name the customers whose text changed in
// customer_search_dirty; the next search re-indexes them first (./index-writer.ts).
import { stmt, type Db } from '../statements';
import { buildIndex, refreshIndex, type DocumentIndex } from './index-writer';

export const CUSTOMER_SEARCH_COLUMNS = ['name', 'tenant', 'partner', 'contacts'] as const;
type Column = (typeof CUSTOMER_SEARCH_COLUMNS)[number];

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

/** The customer directory's index, kept by the writer every search index shares. */
export const CUSTOMER_INDEX: DocumentIndex<Column> = {
  table: 'customer_search',
  dirty: 'customer_search_dirty',
  dirtyColumn: 'customer_rowid',
  source: 'customers',
  fields: CUSTOMER_SEARCH_COLUMNS,
  read: readCustomers,
};

/** Re-indexes the customers changed since the last search; returns how many. */
export const refreshCustomerIndex = (db: Db) => refreshIndex(db, CUSTOMER_INDEX);

/** Indexes every customer into an empty customer_search (the migration). */
export const buildCustomerIndex = (db: Db) => buildIndex(db, CUSTOMER_INDEX);
