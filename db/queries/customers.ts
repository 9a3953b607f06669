import type { Customer } from '../../electron/contract/customers';
import type { Db } from '../open';
import { stmt } from '../statements';

const COLUMNS = `id, name, tenant_domain AS tenantDomain, partner_customer_id AS partnerCustomerId,
  created_at AS createdAt, updated_at AS updatedAt`;

export function insertCustomer(db: Db, row: Customer): void {
  stmt(
    db,
    `INSERT INTO customers (id, name, tenant_domain, partner_customer_id, created_at, updated_at)
     VALUES (@id, @name, @tenantDomain, @partnerCustomerId, @createdAt, @updatedAt)`,
  ).run(row);
}

export function getCustomer(db: Db, id: string): Customer | undefined {
  return stmt<[string], Customer>(db, `SELECT ${COLUMNS} FROM customers WHERE id = ?`).get(id);
}

export function findCustomerByTenant(db: Db, tenantDomain: string): Customer | undefined {
  return stmt<[string], Customer>(db, `SELECT ${COLUMNS} FROM customers WHERE tenant_domain = ?`).get(
    tenantDomain,
  );
}

/** Customers whose name or tenant domain contains the query; names that start with it first. */
export function searchCustomers(db: Db, query: string, limit: number): Customer[] {
  if (query === '') {
    return stmt<[number], Customer>(
      db,
      `SELECT ${COLUMNS} FROM customers ORDER BY updated_at DESC LIMIT ?`,
    ).all(limit);
  }
  const q = escapeLike(query);
  return stmt<[{ contains: string; prefix: string; limit: number }], Customer>(
    db,
    `SELECT ${COLUMNS} FROM customers
     WHERE name LIKE @contains ESCAPE '\\' OR tenant_domain LIKE @contains ESCAPE '\\'
     ORDER BY (name LIKE @prefix ESCAPE '\\') DESC, name COLLATE NOCASE
     LIMIT @limit`,
  ).all({ contains: `%${q}%`, prefix: `${q}%`, limit });
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
