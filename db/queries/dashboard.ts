import type { CaseHeadline } from '../../core/cases';
import type { WaitingOn21v } from '../../core/dashboard';
import { zeroPerSeverity, type Severity } from '../../core/domain';
import { stmt, type Db } from '../statements';
import { OPEN_STATUS_LIST } from '../sql-lists';
import { OVERDUE_ROWIDS } from './sla';

const OPEN = `c.status IN ${OPEN_STATUS_LIST}`;
const CASE_COLUMNS = `c.id AS caseId, c.number, c.title, c.customer_name AS customerName, c.severity, c.status,
  c.owner_id AS ownerId, a.name AS ownerName`;

type CaseSqlRow = Omit<CaseHeadline, 'owner'> & { ownerId: string | null; ownerName: string | null };
const toCase = <T extends CaseSqlRow>({ ownerId, ownerName, ...row }: T) => ({
  ...row,
  owner: ownerId ? { id: ownerId, name: ownerName ?? '' } : null,
});

/** Open cases per severity (cases_status index: the open statuses only). */
export function openBySeverity(db: Db): Record<Severity, number> {
  const counts = zeroPerSeverity();
  const rows = stmt<[], { severity: Severity; n: number }>(
    db,
    `SELECT c.severity, count(*) AS n FROM cases c WHERE ${OPEN} GROUP BY c.severity`,
  ).all();
  for (const row of rows) counts[row.severity] = row.n;
  return counts;
}

/** Cases with an overdue clock (see OVERDUE_ROWIDS). */
export function breachedCount(db: Db, now: number): number {
  return stmt<[number], number>(db, `SELECT count(*) FROM cases c WHERE c.rowid IN ${OVERDUE_ROWIDS}`)
    .pluck()
    .get(now)!;
}

export function dashboardCases(db: Db, ids: readonly string[]): Map<string, CaseHeadline> {
  const rows = stmt<[string], CaseSqlRow>(
    db,
    `SELECT ${CASE_COLUMNS} FROM json_each(?) ids JOIN cases c ON c.id = ids.value
     LEFT JOIN agents a ON a.id = c.owner_id`,
  ).all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.caseId, toCase(r)]));
}

/** Cases waiting on 21Vianet, longest waiting first, with their request number and since when. */
export function waitingOn21v(db: Db, limit: number): { items: WaitingOn21v[]; total: number } {
  const items = stmt<[number], CaseSqlRow & { requestNumber: string | null; since: number }>(
    db,
    `SELECT ${CASE_COLUMNS}, c.request_number AS requestNumber,
       coalesce((SELECT max(e.at) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'status_changed'
         AND json_extract(e.payload, '$.to') = 'waiting_21v'), c.updated_at) AS since
     FROM cases c LEFT JOIN agents a ON a.id = c.owner_id
     WHERE c.status = 'waiting_21v' ORDER BY since, c.id LIMIT ?`,
  ).all(limit);
  const total = stmt<[], number>(db, `SELECT count(*) FROM cases WHERE status = 'waiting_21v'`)
    .pluck()
    .get()!;
  return { items: items.map(toCase), total };
}
