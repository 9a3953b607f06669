// The list reads the case list makes (a page of 200, the next page, the count), each with the bare
// indexed SELECT that returns the same rows in the same order as its baseline.
import type Database from 'better-sqlite3';
import type { CaseFilters, SortDir, SortKey } from '../../core/case-query';
import { OPEN_CASE_STATUSES } from '../../core/domain';
import { PAGE_SIZE } from '../../renderer/features/caselist/list-limits';

const OPEN = [...OPEN_CASE_STATUSES];

export interface ListVariant {
  filters: CaseFilters;
  sort: SortKey;
  dir: SortDir;
  /** The same question in plain SQL: WHERE (with ? for `params`) and ORDER BY. */
  where: string;
  params: unknown[];
  order: string;
}

export interface ListClass {
  name: string;
  about: string;
  variants: ListVariant[];
}

const open = `status IN (${OPEN.map((s) => `'${s}'`).join(', ')})`;
/** The key of the cases_due expression index (migration 0060): a case with no clock sorts last. */
const NEVER = Number.MAX_SAFE_INTEGER;

export const LIST_CLASSES: ListClass[] = [
  {
    name: 'list_first_page',
    about: 'no filter, newest first',
    variants: [
      {
        filters: {},
        sort: 'updated',
        dir: 'desc',
        where: '1',
        params: [],
        order: 'updated_at DESC, id DESC',
      },
    ],
  },
  {
    name: 'list_filtered',
    about: 'open + severity A; one support area',
    variants: [
      {
        filters: { statuses: OPEN, severities: ['A'] },
        sort: 'updated',
        dir: 'desc',
        where: `${open} AND severity = ?`,
        params: ['A'],
        order: 'updated_at DESC, id DESC',
      },
      {
        filters: { supportAreas: ['client_connectivity'] },
        sort: 'updated',
        dir: 'desc',
        where: 'support_area = ?',
        params: ['client_connectivity'],
        order: 'updated_at DESC, id DESC',
      },
    ],
  },
  {
    name: 'list_filtered_sorted',
    about: 'support area + service, by title; by customer',
    variants: [
      {
        filters: { supportAreas: ['client_connectivity'], services: ['azure'] },
        sort: 'title',
        dir: 'asc',
        where: 'support_area = ? AND service = ?',
        params: ['client_connectivity', 'azure'],
        order: 'title ASC, id ASC',
      },
      {
        filters: { severities: ['B'] },
        sort: 'customer',
        dir: 'asc',
        where: 'severity = ?',
        params: ['B'],
        order: 'customer_name ASC, id ASC',
      },
    ],
  },
  {
    name: 'list_due_sorted',
    about: 'by time to breach',
    variants: [
      {
        filters: {},
        sort: 'due',
        dir: 'asc',
        where: '1',
        params: [],
        order: `coalesce(next_due_at, ${NEVER}) ASC, id ASC`,
      },
    ],
  },
];

/** The bare SELECT of one variant: its rows, whole, in order, a page long. */
export function bareList(bare: Database.Database, v: ListVariant) {
  const s = bare.prepare(`SELECT * FROM cases WHERE ${v.where} ORDER BY ${v.order} LIMIT ${PAGE_SIZE}`);
  return () => void s.all(...v.params);
}

/** The bare COUNT of one variant. */
export function bareCount(bare: Database.Database, v: ListVariant) {
  const s = bare.prepare(`SELECT count(*) FROM cases WHERE ${v.where}`);
  return () => void s.get(...v.params);
}
