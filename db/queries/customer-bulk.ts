import { stmt, type Db } from '../statements';

// What writing many customers at once (the CSV import) reads of the directory.

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
