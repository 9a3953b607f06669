import type { CaseListItem } from '../../core/cases';
import {
  SORT_FIELDS,
  type CaseFilters,
  type ListCursor,
  type SortDir,
  type SortKey,
} from '../../core/case-query';
import { MINUTE } from '../../core/time';
import { stmt, type Db } from '../statements';
import { DUE_KEY, NEVER_DUE, OVERDUE_ROWIDS } from './sla';

/** The columns of a list row; `c` is cases, `a` the owner. */
export const LIST_COLUMNS = `c.id, c.number, c.title, c.customer_id AS customerId, c.customer_name AS customerName,
  c.severity, c.status, c.support_area AS supportArea, c.service, c.owner_id AS ownerId, a.name AS ownerName,
  c.request_number AS requestNumber, c.created_at AS createdAt, c.updated_at AS updatedAt,
  c.next_due_at AS nextDueAt, c.sla_state AS slaState`;
export const OWNER_JOIN = 'LEFT JOIN agents a ON a.id = c.owner_id';
export const LIST_FROM = `cases c ${OWNER_JOIN}`;

const SORT_COLUMN: Record<SortKey, string> = {
  updated: 'c.updated_at',
  created: 'c.created_at',
  number: 'c.number',
  title: 'c.title',
  customer: 'c.customer_name',
  severity: 'c.severity',
  status: 'c.status',
  due: DUE_KEY,
};

export interface SqlPart {
  sql: string[];
  params: unknown[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The WHERE conditions for a set of filters (AND-ed); `me` is the signed-in agent, `now` the service's
 * time, which the SLA filters (relative to now, so that a saved view stays current) need.
 */
export function filterSql(filters: CaseFilters, me: string, now?: number): SqlPart {
  const sql: string[] = [];
  const params: unknown[] = [];
  const oneOf = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    sql.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  oneOf('c.status', filters.statuses);
  oneOf('c.severity', filters.severities);
  oneOf('c.support_area', filters.supportAreas);
  oneOf('c.service', filters.services);
  if (filters.customerId) {
    sql.push('c.customer_id = ?');
    params.push(filters.customerId);
  }
  if (filters.owner === 'none') sql.push('c.owner_id IS NULL');
  else if (filters.owner) {
    sql.push('c.owner_id = ?');
    params.push(filters.owner === 'me' ? me : filters.owner);
  }
  if (filters.tag) {
    sql.push('EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = ?)');
    params.push(filters.tag);
  }
  if (filters.createdFrom !== undefined) {
    sql.push('c.created_at >= ?');
    params.push(filters.createdFrom);
  }
  if (filters.createdTo !== undefined) {
    sql.push('c.created_at < ?');
    params.push(filters.createdTo);
  }
  if (filters.dueWithinMin !== undefined || filters.breached) {
    if (now === undefined) throw new Error('the SLA filters need the time');
    // The same expression as the cases_due index, so that the range is read off it.
    if (filters.dueWithinMin !== undefined) {
      sql.push(`${DUE_KEY} <= ?`);
      params.push(now + filters.dueWithinMin * MINUTE);
    }
    if (filters.breached) {
      sql.push(`c.rowid IN ${OVERDUE_ROWIDS}`);
      params.push(now);
    }
  }
  return { sql, params };
}

export const whereClause = (conditions: string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

export interface ListQuery {
  filters: CaseFilters;
  sort: SortKey;
  dir: SortDir;
  limit: number;
  after?: ListCursor | undefined;
  me: string;
  now?: number;
}

/**
 * One page in the chosen order; keyset paging over (sort column, id), never OFFSET. `columns` and `from`
 * widen the row for readers that need more than the list (the export).
 */
export function listCasePage<R = CaseListItem>(
  db: Db,
  q: ListQuery,
  columns = LIST_COLUMNS,
  from = LIST_FROM,
): R[] {
  const { sql, params } = filterSql(q.filters, q.me, q.now);
  const column = SORT_COLUMN[q.sort];
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  if (q.after) {
    sql.push(`(${column}, c.id) ${q.dir === 'asc' ? '>' : '<'} (?, ?)`);
    params.push(q.after.key, q.after.id);
  }
  return stmt<unknown[], R>(
    db,
    `SELECT ${columns} FROM ${from} ${whereClause(sql)}
     ORDER BY ${column} ${dir}, c.id ${dir} LIMIT ?`,
  ).all(...params, q.limit);
}

export function cursorOf(row: CaseListItem, sort: SortKey): ListCursor {
  // No due time sorts as NEVER_DUE (the index expression); every other sort column is never null.
  return { key: (row[SORT_FIELDS[sort]] ?? NEVER_DUE) as string | number, id: row.id };
}

export function countCases(db: Db, filters: CaseFilters, me: string, now?: number): number {
  const { sql, params } = filterSql(filters, me, now);
  return stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM cases c ${whereClause(sql)}`).get(
    ...params,
  )!.n;
}
