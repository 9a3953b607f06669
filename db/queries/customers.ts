import type { Customer, CustomerCursor, CustomerListItem } from '../../core/customers';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../core/local-time';
import { parseSearch, type SearchField } from '../../core/search-query';
import { refreshCustomerIndex } from '../search/customer-index';
import { matchExpression } from '../search/match';
import { stmt, type Db } from '../statements';
import { DONE_STATUS_LIST } from '../sql-lists';
import { SHEET_VERSION_COLUMN, sheetFilterWhere } from './support-sheet';
import type { SheetFilter } from '../../core/support-sheet';

const columns = (t: string) => `${t}id AS id, ${t}name AS name, ${t}tenant_domain AS tenantDomain,
  ${t}partner_customer_id AS partnerCustomerId, ${t}admin_role AS adminRole, ${t}created_at AS createdAt,
  ${t}updated_at AS updatedAt`;
const COLUMNS = columns('');

type CustomerRow = Omit<Customer, 'adminRole'> & { adminRole: 0 | 1 };
const toCustomer = (row: CustomerRow): Customer => ({ ...row, adminRole: row.adminRole === 1 });

export function insertCustomer(db: Db, row: Customer): void {
  stmt(
    db,
    `INSERT INTO customers (id, name, tenant_domain, partner_customer_id, admin_role, created_at, updated_at)
     VALUES (@id, @name, @tenantDomain, @partnerCustomerId, @adminRole, @createdAt, @updatedAt)`,
  ).run({ ...row, adminRole: row.adminRole ? 1 : 0 });
}

export function updateCustomer(db: Db, row: Customer): void {
  stmt(
    db,
    `UPDATE customers SET name = @name, tenant_domain = @tenantDomain, partner_customer_id = @partnerCustomerId,
       admin_role = @adminRole, updated_at = @updatedAt
     WHERE id = @id`,
  ).run({
    id: row.id,
    name: row.name,
    tenantDomain: row.tenantDomain,
    partnerCustomerId: row.partnerCustomerId,
    adminRole: row.adminRole ? 1 : 0,
    updatedAt: row.updatedAt,
  });
}

export function touchCustomer(db: Db, id: string, at: number): void {
  stmt(db, 'UPDATE customers SET updated_at = max(updated_at, ?) WHERE id = ?').run(at, id);
}

export function getCustomer(db: Db, id: string): Customer | undefined {
  const row = stmt<[string], CustomerRow>(db, `SELECT ${COLUMNS} FROM customers WHERE id = ?`).get(id);
  return row && toCustomer(row);
}

export function findCustomerByTenant(db: Db, tenantDomain: string): Customer | undefined {
  const row = stmt<[string], CustomerRow>(db, `SELECT ${COLUMNS} FROM customers WHERE tenant_domain = ?`).get(
    tenantDomain,
  );
  return row && toCustomer(row);
}

export function findCustomerByPartnerId(db: Db, partnerCustomerId: string): Customer | undefined {
  const row = stmt<[string], CustomerRow>(
    db,
    `SELECT ${COLUMNS} FROM customers WHERE partner_customer_id = ?`,
  ).get(partnerCustomerId);
  return row && toCustomer(row);
}

/** A term narrowed to a case field is looked for where a customer holds that field; any other, anywhere. */
const customerColumns = (fields: readonly SearchField[]) =>
  fields.flatMap((f) =>
    f === 'customer' ? ['name', 'tenant', 'partner'] : f === 'contacts' ? ['contacts'] : [],
  );

/**
 * Which customers a query names, in the case search's query language and through an index of the same
 * design (any substring of name, tenant, Partner Center id or contacts, from one character). The case
 * list's filter qualifiers (`status:` and the like) say nothing of a customer and are passed over.
 */
function matching(db: Db, query: string): { where: string; params: Record<string, string> } {
  refreshCustomerIndex(db);
  const { match, exclude } = matchExpression(
    parseSearch(query, { utcOffsetMinutes: DEFAULT_UTC_OFFSET_MINUTES }).clauses,
    customerColumns,
  );
  const found = 'SELECT rowid FROM customer_search WHERE customer_search MATCH @match';
  if (match) return { where: `c.rowid IN (${found})`, params: { match } };
  if (exclude) return { where: `c.rowid NOT IN (${found})`, params: { match: exclude } };
  return { where: '1', params: {} };
}

/** Customers the query names; names that start with it first. For pickers: a short list. */
export function searchCustomers(db: Db, query: string, limit: number): Customer[] {
  if (query === '') {
    return stmt<[number], CustomerRow>(
      db,
      `SELECT ${COLUMNS} FROM customers ORDER BY updated_at DESC LIMIT ?`,
    )
      .all(limit)
      .map(toCustomer);
  }
  const { where, params } = matching(db, query);
  return stmt<[Record<string, unknown>], CustomerRow>(
    db,
    `SELECT ${columns('c.')} FROM customers c WHERE ${where}
     ORDER BY (c.name LIKE @prefix ESCAPE '\\') DESC, c.name COLLATE NOCASE, c.id
     LIMIT @limit`,
  )
    .all({ ...params, prefix: `${escapeLike(query)}%`, limit })
    .map(toCustomer);
}

type ListRow = CustomerRow & {
  services: string;
  contactCount: number;
  openCaseCount: number;
  sheetVersion: number | null;
};

/** One page of the customer list, by name then id, after the cursor. */
export function listCustomers(
  db: Db,
  args: {
    query: string;
    limit: number;
    after?: CustomerCursor | undefined;
    sheet?: SheetFilter | undefined;
  },
): CustomerListItem[] {
  const filter = args.query ? matching(db, args.query) : { where: '1', params: {} };
  // Spelled out rather than as a row value, which SQLite would answer by scanning the index from the start.
  const after = args.after
    ? `AND c.name COLLATE NOCASE >= @afterName AND (c.name COLLATE NOCASE > @afterName OR c.id > @afterId)`
    : '';
  return stmt<[Record<string, unknown>], ListRow>(
    db,
    `SELECT ${columns('c.')},
       (SELECT json_group_array(s.key ORDER BY s.key = 'other', s.builtin DESC, s.created_at, s.rowid)
         FROM customer_services cs JOIN services s ON s.key = cs.service_key WHERE cs.customer_id = c.id) AS services,
       (SELECT count(*) FROM contacts k WHERE k.customer_id = c.id) AS contactCount,
       (SELECT count(*) FROM cases x WHERE x.customer_id = c.id AND x.status NOT IN ${DONE_STATUS_LIST})
         AS openCaseCount,
       ${SHEET_VERSION_COLUMN}
     FROM customers c
     WHERE ${filter.where} AND ${sheetFilterWhere(args.sheet)} ${after}
     ORDER BY c.name COLLATE NOCASE, c.id
     LIMIT @limit`,
  )
    .all({
      ...filter.params,
      limit: args.limit,
      ...(args.after ? { afterName: args.after.name, afterId: args.after.id } : {}),
    })
    .map(({ services, contactCount, openCaseCount, sheetVersion, ...row }) => ({
      ...toCustomer(row),
      services: JSON.parse(services) as string[],
      contactCount,
      openCaseCount,
      sheetVersion,
    }));
}

export function countCustomers(db: Db, query: string, sheet?: SheetFilter): number {
  const filter = query ? matching(db, query) : { where: '1', params: {} };
  return stmt<[Record<string, unknown>], { n: number }>(
    db,
    `SELECT count(*) AS n FROM customers c WHERE ${filter.where} AND ${sheetFilterWhere(sheet)}`,
  ).get(filter.params)!.n;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
