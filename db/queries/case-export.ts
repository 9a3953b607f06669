import type { CaseExportRow } from '../../core/case-export';
import type { CaseFilters, ListCursor } from '../../core/case-query';
import { stmt, type Db } from '../statements';
import { LIST_COLUMNS, listCasePage, OWNER_JOIN } from './case-list';

const TAG_SEPARATOR = '\u001f';
const CUSTOMER_JOIN = 'JOIN customers cu ON cu.id = c.customer_id';
/** The list row plus description, tenant and tags, in one read (no query per case). */
const EXPORT_COLUMNS = `${LIST_COLUMNS}, c.description, cu.tenant_domain AS tenantDomain,
  (SELECT group_concat(tag, char(31)) FROM case_tags WHERE case_id = c.id) AS tags`;

type Row = Omit<CaseExportRow, 'tags'> & { tags: string | null };
const toExportRow = ({ tags, ...row }: Row): CaseExportRow => ({
  ...row,
  tags: tags ? tags.split(TAG_SEPARATOR).sort() : [],
});

export interface ExportPageQuery {
  filters: CaseFilters;
  me: string;
  now: number;
  after?: ListCursor | undefined;
  limit: number;
}

/**
 * One chunk of an export, newest created first. Creation times never change, so a case edited while the
 * export runs is neither skipped nor read twice, and one created meanwhile is not in it.
 */
export function exportCasePage(db: Db, q: ExportPageQuery): CaseExportRow[] {
  return listCasePage<Row>(
    db,
    { ...q, sort: 'created', dir: 'desc' },
    EXPORT_COLUMNS,
    `cases c ${OWNER_JOIN} ${CUSTOMER_JOIN}`,
  ).map(toExportRow);
}

/** The export rows of these cases, in this order (a search's hits). */
export function exportRowsOf(db: Db, ids: readonly string[]): CaseExportRow[] {
  return stmt<[string], Row>(
    db,
    `SELECT ${EXPORT_COLUMNS} FROM json_each(?) ids JOIN cases c ON c.id = ids.value ${OWNER_JOIN} ${CUSTOMER_JOIN}
     ORDER BY ids.key`,
  )
    .all(JSON.stringify(ids))
    .map(toExportRow);
}
