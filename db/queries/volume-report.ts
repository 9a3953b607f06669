import type { LeadPeriod, LeadReportFilters } from '../../core/lead-reports';
import { TOP_CUSTOMERS, type VolumeBreakdown, type VolumeShare } from '../../core/volume-report';
import { DONE_STATUS_LIST, OPEN_STATUS_LIST } from '../sql-lists';
import { stmt, type Db } from '../statements';
import { caseFilterSql, periodsJson } from './lead-report-filters';

export interface VolumePeriodRow {
  i: number;
  created: number;
  resolved: number;
  closed: number;
  /** Open → resolved or closed, and back. */
  closes: number;
  reopens: number;
}

const FROM = `json_extract(e.payload, '$.from')`;
const TO = `json_extract(e.payload, '$.to')`;

/**
 * Per period: cases created (cases_created index), and status changes (case_events_clock_at, 0180): cases
 * resolved, cases closed, and how many left the open backlog or came back to it.
 */
export function volumePeriods(
  db: Db,
  periods: readonly LeadPeriod[],
  filters: LeadReportFilters,
): VolumePeriodRow[] {
  const where = caseFilterSql(filters);
  const join = where.sql ? 'JOIN cases c ON c.id = e.case_id' : '';
  const params = { ...where.params, periods: periodsJson(periods) };
  const created = stmt<[Record<string, string>], { i: number; created: number }>(
    db,
    `SELECT p.key AS i, count(*) AS created FROM json_each(@periods) p
     JOIN cases c ON c.created_at >= json_extract(p.value, '$[0]') AND c.created_at < json_extract(p.value, '$[1]')
     WHERE 1 ${where.sql} GROUP BY p.key`,
  ).all(params);
  const changes = stmt<[Record<string, string>], Omit<VolumePeriodRow, 'created'>>(
    db,
    `SELECT p.key AS i,
       count(DISTINCT CASE WHEN ${TO} = 'resolved' THEN e.case_id END) AS resolved,
       count(DISTINCT CASE WHEN ${TO} = 'closed' THEN e.case_id END) AS closed,
       sum(${FROM} NOT IN ${DONE_STATUS_LIST} AND ${TO} IN ${DONE_STATUS_LIST}) AS closes,
       sum(${FROM} IN ${DONE_STATUS_LIST} AND ${TO} NOT IN ${DONE_STATUS_LIST}) AS reopens
     FROM json_each(@periods) p
     CROSS JOIN case_events e INDEXED BY case_events_clock_at
       ON e.at >= json_extract(p.value, '$[0]') AND e.at < json_extract(p.value, '$[1]')
       AND e.kind IN ('reply', 'call', 'status_changed')
     ${join}
     WHERE e.kind = 'status_changed' ${where.sql}
     GROUP BY p.key`,
  ).all(params);
  const rows = new Map<number, VolumePeriodRow>();
  const row = (i: number) => {
    let r = rows.get(i);
    if (!r) rows.set(i, (r = { i, created: 0, resolved: 0, closed: 0, closes: 0, reopens: 0 }));
    return r;
  };
  for (const c of created) row(c.i).created = c.created;
  for (const c of changes) Object.assign(row(c.i), c);
  return [...rows.values()];
}

/** Cases open now (the cases_status index over the open statuses). */
export function openNow(db: Db, filters: LeadReportFilters): number {
  const where = caseFilterSql(filters);
  return stmt<[Record<string, string>], number>(
    db,
    `SELECT count(*) FROM cases c WHERE c.status IN ${OPEN_STATUS_LIST} ${where.sql}`,
  )
    .pluck()
    .get(where.params)!;
}

/** A span of time a case was open: created_at, and from start (exclusive) to stop (inclusive; null: still). */
export type OpenSpan = [createdAt: number, start: number, stop: number | null];

/**
 * The spans in which cases were open that reach past `first` and begin before `last`: of the cases open now
 * or changed since `first`, their creation and each status change (from case_events_clock_case, 0260, the
 * index alone), each status lasting until the next change. A case open at an instant t is in the span with
 * start < t <= stop: a change at t itself counts in the period ending then, as the backlog per period does.
 */
export function openSpans(db: Db, first: number, last: number, filters: LeadReportFilters): OpenSpan[] {
  const where = caseFilterSql(filters);
  return stmt<[Record<string, string | number>], OpenSpan>(
    db,
    `WITH candidates(id) AS (
       SELECT id FROM cases WHERE status IN ${OPEN_STATUS_LIST}
       UNION SELECT e.case_id FROM case_events e INDEXED BY case_events_clock_at
       WHERE e.at >= @first AND e.kind IN ('reply', 'call', 'status_changed') AND e.kind = 'status_changed'
     ),
     steps AS (
       SELECT c.id, c.created_at, c.created_at AS at, '' AS eid, 'new' AS status
       FROM candidates k CROSS JOIN cases c ON c.id = k.id WHERE c.created_at < @last ${where.sql}
       UNION ALL
       SELECT c.id, c.created_at, e.at, e.id, ${TO}
       FROM candidates k CROSS JOIN cases c ON c.id = k.id
       CROSS JOIN case_events e INDEXED BY case_events_clock_case ON e.case_id = c.id AND e.at < @last
         AND e.kind IN ('reply', 'call', 'status_changed')
       WHERE e.kind = 'status_changed' AND c.created_at < @last ${where.sql}
     ),
     spans AS (
       SELECT created_at, status, at AS start, lead(at) OVER (PARTITION BY id ORDER BY at, eid) AS stop FROM steps
     )
     SELECT created_at, start, stop FROM spans
     WHERE status NOT IN ${DONE_STATUS_LIST} AND (stop IS NULL OR stop >= @first)`,
  )
    .raw()
    .all({ ...where.params, first, last });
}

const DIMENSION: Record<Exclude<VolumeBreakdown, 'customer'>, string> = {
  channel: 'c.channel',
  supportArea: 'c.support_area',
  service: 'c.service',
};

/**
 * The cases created in the range and the cases resolved in it (each walked once, its case looked up, never
 * the other way round), by channel, support area and service, and
 * the customers with the most new cases.
 */
export function volumeShares(
  db: Db,
  from: number,
  to: number,
  filters: LeadReportFilters,
): (VolumeShare & { dim: VolumeBreakdown })[] {
  const where = caseFilterSql(filters);
  const by = (dim: VolumeBreakdown, key: string, name: string) =>
    `SELECT '${dim}' AS dim, ${key} AS key, ${name} AS name, sum(w.created) AS created,
       sum(w.resolved) AS resolved FROM work w CROSS JOIN cases c ON c.id = w.id GROUP BY ${key}`;
  return stmt<[Record<string, string | number>], VolumeShare & { dim: VolumeBreakdown }>(
    db,
    `WITH work(id, created, resolved) AS (
       SELECT c.id, 1, 0 FROM cases c WHERE c.created_at >= @from AND c.created_at < @to ${where.sql}
       UNION ALL
       SELECT DISTINCT e.case_id, 0, 1 FROM case_events e INDEXED BY case_events_clock_at
       JOIN cases c ON c.id = e.case_id
       WHERE e.at >= @from AND e.at < @to AND e.kind IN ('reply', 'call', 'status_changed')
         AND e.kind = 'status_changed' AND ${TO} = 'resolved' ${where.sql}
     )
     ${Object.entries(DIMENSION)
       .map(([dim, col]) => by(dim as VolumeBreakdown, col, col))
       .join(' UNION ALL ')}
     UNION ALL SELECT * FROM (${by('customer', 'c.customer_id', 'max(c.customer_name)')}
       ORDER BY created DESC, resolved DESC, name LIMIT ${TOP_CUSTOMERS})
     ORDER BY dim, created DESC, resolved DESC, name`,
  ).all({ ...where.params, from, to });
}
