import type { Severity, SupportArea } from '../../core/domain';
import type { LeadPeriod, LeadReportFilters } from '../../core/lead-reports';
import type { TimeMetric } from '../../core/times-report';
import { DONE_STATUS_LIST } from '../sql-lists';
import { stmt, type Db } from '../statements';
import { caseFilterSql, periodsJson } from './lead-report-filters';

/** One measured time: a case's first response or resolution, the period it ended in, and its active ms. */
export type TimeRow = [metric: TimeMetric, period: number, severity: Severity, area: SupportArea, ms: number];

// Replies, calls and status changes, read from the indexes of 0260 alone (kind and statuses are in them):
// case_events_clock_at by when they happened, case_events_clock_case by case. The redundant `kind IN` lets
// the planner take those partial indexes; CROSS JOIN and INDEXED BY keep it from walking every case instead.
const CLOCK_KINDS = `IN ('reply', 'call', 'status_changed')`;
const TO = (e: string) => `json_extract(${e}.payload, '$.to')`;
const FROM = (e: string) => `json_extract(${e}.payload, '$.from')`;
/** What meets the first response: a reply, a call, or resolving the case (as core/sla.ts has it). */
const RESPONDS = (e: string) =>
  `(${e}.kind IN ('reply', 'call') OR (${e}.kind = 'status_changed' AND ${TO(e)} IN ${DONE_STATUS_LIST}))`;

/**
 * The first response and resolution times that ended in each period. A case's first response counts in the
 * period it came; its resolution in the period of its last resolution (a reopened case counts again only
 * once resolved again, with all its open time). The time is the clock's active time: the spans between
 * status changes, from creation (status new) to the end, where the case was open and not in a paused
 * status; the same spans core/sla.ts runs every clock over. The clock events of the range are read once,
 * for both measures; the ranking is the caller's.
 */
export function clockTimes(
  db: Db,
  periods: readonly LeadPeriod[],
  filters: LeadReportFilters,
  pausedStatuses: readonly string[],
): TimeRow[] {
  const where = caseFilterSql(filters);
  return stmt<[Record<string, string>], TimeRow>(
    db,
    `WITH clock AS MATERIALIZED (
       SELECT e.case_id, e.at, ${RESPONDS('e')} AS responds,
         e.kind = 'status_changed' AND ${TO('e')} IN ${DONE_STATUS_LIST}
           AND ${FROM('e')} NOT IN ${DONE_STATUS_LIST} AS resolves,
         p.key AS i
       FROM json_each(@periods) p
       CROSS JOIN case_events e INDEXED BY case_events_clock_at
         ON e.at >= json_extract(p.value, '$[0]') AND e.at < json_extract(p.value, '$[1]') AND e.kind ${CLOCK_KINDS}
     ),
     firsts AS (
       SELECT case_id, min(at) AS end_at, i FROM clock WHERE responds GROUP BY case_id
     ),
     ended(metric, case_id, end_at, i) AS (
       SELECT 'firstResponse', f.case_id, f.end_at, f.i FROM firsts f
       WHERE NOT EXISTS (SELECT 1 FROM case_events x INDEXED BY case_events_clock_case
         WHERE x.case_id = f.case_id AND x.at < f.end_at AND x.kind ${CLOCK_KINDS} AND ${RESPONDS('x')})
       UNION ALL
       SELECT 'resolution', k.case_id, k.at, k.i FROM clock k
       WHERE k.resolves AND NOT EXISTS (SELECT 1 FROM case_events x INDEXED BY case_events_clock_case
         WHERE x.case_id = k.case_id AND x.at > k.at AND x.kind ${CLOCK_KINDS}
         AND x.kind = 'status_changed' AND ${TO('x')} NOT IN ${DONE_STATUS_LIST})
     ),
     measured AS MATERIALIZED (
       SELECT d.metric, d.case_id, d.end_at, d.i, c.created_at, c.severity, c.support_area
       FROM ended d CROSS JOIN cases c ON c.id = d.case_id
       WHERE 1 ${where.sql}
     ),
     steps AS (
       SELECT m.*, m.created_at AS at, '' AS id, 'new' AS status FROM measured m
       UNION ALL
       SELECT m.*, e.at, e.id, ${TO('e')}
       FROM measured m CROSS JOIN case_events e INDEXED BY case_events_clock_case
         ON e.case_id = m.case_id AND e.at < m.end_at AND e.kind ${CLOCK_KINDS}
       WHERE e.kind = 'status_changed'
     ),
     spans AS (
       SELECT metric, case_id, i, severity, support_area, status, at AS start,
         coalesce(lead(at) OVER (PARTITION BY metric, case_id ORDER BY at, id), end_at) AS stop
       FROM steps
     )
     SELECT metric, i, severity, support_area,
       sum(CASE WHEN status NOT IN ${DONE_STATUS_LIST} AND status NOT IN (SELECT value FROM json_each(@paused))
         THEN max(0, stop - start) ELSE 0 END) AS ms
     FROM spans GROUP BY metric, case_id`,
  )
    .raw()
    .all({ ...where.params, periods: periodsJson(periods), paused: JSON.stringify(pausedStatuses) });
}
