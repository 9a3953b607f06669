import { stmt, type Db } from '../statements';

// Writing many customers at once (the CSV import). The per-row search-index triggers would re-tokenize a
// customer for each row written; instead they are paused (migration 0030) and the rows touched are
// indexed in one statement at the end. Call all of it inside one transaction, so that the index can
// never be left paused or stale: a failure rolls the pause back with everything else.

/** Every customer's identifying keys, for matching an import against the case log. */
export function customerKeys(
  db: Db,
): { id: string; name: string; tenantDomain: string | null; partnerCustomerId: string | null }[] {
  return stmt<
    [],
    { id: string; name: string; tenantDomain: string | null; partnerCustomerId: string | null }
  >(
    db,
    `SELECT id, name, tenant_domain AS tenantDomain, partner_customer_id AS partnerCustomerId FROM customers`,
  ).all();
}

/** The largest rowid so far: customers inserted afterwards are the ones above it. */
export function lastCustomerRowid(db: Db): number {
  return stmt<[], number>(db, 'SELECT coalesce(max(rowid), 0) FROM customers').pluck().get() ?? 0;
}

export function pauseCustomerIndex(db: Db): void {
  stmt(db, `INSERT INTO search_index_pause (name) VALUES ('customer_text')`).run();
}

const INDEXED = `c.rowid, c.name, coalesce(c.tenant_domain, ''), coalesce(c.partner_customer_id, ''),
  (SELECT coalesce(group_concat(k.name || ' ' || coalesce(k.email, '') || ' ' || coalesce(k.phone, ''), ' '), '')
   FROM contacts k WHERE k.customer_id = c.id)`;

/**
 * Indexes the customers inserted after `afterRowid` and re-indexes the existing ones listed, then lets
 * the triggers take over again.
 */
export function resumeCustomerIndex(db: Db, afterRowid: number, changedIds: readonly string[]): void {
  if (changedIds.length > 0) {
    const ids = JSON.stringify(changedIds);
    stmt(
      db,
      `DELETE FROM customer_text WHERE rowid IN
         (SELECT rowid FROM customers WHERE id IN (SELECT value FROM json_each(?)))`,
    ).run(ids);
    stmt(
      db,
      `INSERT INTO customer_text (rowid, name, tenant, partner_id, contacts)
       SELECT ${INDEXED} FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`,
    ).run(ids);
  }
  stmt(
    db,
    `INSERT INTO customer_text (rowid, name, tenant, partner_id, contacts)
     SELECT ${INDEXED} FROM customers c WHERE c.rowid > ?`,
  ).run(afterRowid);
  stmt(db, `DELETE FROM search_index_pause WHERE name = 'customer_text'`).run();
}

/** Identifying parts of a customer's contacts, to tell an imported contact already there. */
export function contactIdentities(
  db: Db,
  customerId: string,
): { name: string; email: string | null; phone: string | null }[] {
  return stmt<[string], { name: string; email: string | null; phone: string | null }>(
    db,
    'SELECT name, email, phone FROM contacts WHERE customer_id = ?',
  ).all(customerId);
}
