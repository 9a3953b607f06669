import type { LeadPeriod, LeadReportFilters } from '../../core/lead-reports';
import type { TimeMetric } from '../../core/times-report';
import { DONE_STATUS_LIST } from '../sql-lists';
import { stmt, type Db } from '../statements';
import { caseFilterSql, periodsJson } from './lead-report-filters';

/** One distribution: over the whole range (dim 'all'), one period ('period', its index), severity or area. */
export interface SpreadRow {
  metric: TimeMetric;
  dim: 'all' | 'period' | 'severity' | 'area';
  key: string;
  count: number;
  medianMs: number;
  p90Ms: number;
  worstMs: number;
}

// The events the clocks read, over the case_events_clock_at index (0180): each period reads its own range
// of it (CROSS JOIN and INDEXED BY keep the planner from walking every event of every case instead).
const CLOCK_EVENT = `e.kind IN ('reply', 'call', 'status_changed')`;
const TO = `json_extract(e.payload, '$.to')`;
const FROM = `json_extract(e.payload, '$.from')`;
/** What meets the first response: a reply, a call, or resolving the case (as core/sla.ts has it). */
const RESPONDS = (e: string) =>
  `(${e}.kind IN ('reply', 'call') OR (${e}.kind = 'status_changed'
    AND json_extract(${e}.payload, '$.to') IN ${DONE_STATUS_LIST}))`;

/**
 * The first response and resolution times that ended in each period, as distributions. A case's first
 * response counts in the period it came; its resolution in the period of its last resolution (a reopened case
 * counts again only once resolved again, with all its open time). The time is the clock's active time: the
 * spans between status changes, from creation (status new) to the end, where the case was open and not in a
 * paused status; the same spans core/sla.ts runs every clock over.
 */
export function timeSpreads(
  db: Db,
  periods: readonly LeadPeriod[],
  filters: LeadReportFilters,
  pausedStatuses: readonly string[],
): SpreadRow[] {
  const where = caseFilterSql(filters);
  return stmt<[Record<string, string>], SpreadRow>(
    db,
    `WITH firsts AS (
       SELECT e.case_id, min(e.at) AS end_at, p.key AS i
       FROM json_each(@periods) p
       CROSS JOIN case_events e INDEXED BY case_events_clock_at
         ON e.at >= json_extract(p.value, '$[0]') AND e.at < json_extract(p.value, '$[1]') AND ${CLOCK_EVENT}
       WHERE ${RESPONDS('e')}
       GROUP BY e.case_id
     ),
     ended(metric, case_id, end_at, i) AS (
       SELECT 'firstResponse', f.case_id, f.end_at, f.i FROM firsts f
       WHERE NOT EXISTS (SELECT 1 FROM case_events x WHERE x.case_id = f.case_id AND x.at < f.end_at
         AND ${RESPONDS('x')})
       UNION ALL
       SELECT 'resolution', e.case_id, e.at, p.key
       FROM json_each(@periods) p
       CROSS JOIN case_events e INDEXED BY case_events_clock_at
         ON e.at >= json_extract(p.value, '$[0]') AND e.at < json_extract(p.value, '$[1]') AND ${CLOCK_EVENT}
       WHERE e.kind = 'status_changed' AND ${TO} IN ${DONE_STATUS_LIST} AND ${FROM} NOT IN ${DONE_STATUS_LIST}
         AND NOT EXISTS (SELECT 1 FROM case_events x INDEXED BY case_events_status
           WHERE x.case_id = e.case_id AND x.at > e.at
           AND x.kind = 'status_changed' AND json_extract(x.payload, '$.to') NOT IN ${DONE_STATUS_LIST})
     ),
     measured AS (
       SELECT d.metric, d.case_id, d.end_at, d.i, c.created_at, c.severity, c.support_area
       FROM ended d CROSS JOIN cases c ON c.id = d.case_id
       WHERE 1 ${where.sql}
     ),
     steps AS (
       SELECT m.metric, m.case_id, m.end_at, m.created_at AS at, '' AS id, 'new' AS status FROM measured m
       UNION ALL
       SELECT m.metric, m.case_id, m.end_at, e.at, e.id, ${TO}
       FROM measured m CROSS JOIN case_events e INDEXED BY case_events_status
         ON e.case_id = m.case_id AND e.at < m.end_at
       WHERE e.kind = 'status_changed'
     ),
     spans AS (
       SELECT metric, case_id, status, at AS start,
         coalesce(lead(at) OVER (PARTITION BY metric, case_id ORDER BY at, id), end_at) AS stop
       FROM steps
     ),
     active AS (
       SELECT s.metric, s.case_id, sum(max(0, s.stop - s.start)) AS ms
       FROM spans s
       WHERE s.status NOT IN ${DONE_STATUS_LIST} AND s.status NOT IN (SELECT value FROM json_each(@paused))
       GROUP BY s.metric, s.case_id
     ),
     times AS (
       SELECT m.metric, m.i, m.severity, m.support_area, coalesce(a.ms, 0) AS ms
       FROM measured m LEFT JOIN active a ON a.metric = m.metric AND a.case_id = m.case_id
     ),
     cut(metric, dim, key, ms) AS (
       SELECT metric, 'all', '', ms FROM times
       UNION ALL SELECT metric, 'period', i, ms FROM times
       UNION ALL SELECT metric, 'severity', severity, ms FROM times
       UNION ALL SELECT metric, 'area', support_area, ms FROM times
     ),
     ranked AS (
       SELECT metric, dim, key, ms,
         row_number() OVER (PARTITION BY metric, dim, key ORDER BY ms) AS rank,
         count(*) OVER (PARTITION BY metric, dim, key) AS n
       FROM cut
     )
     SELECT metric, dim, CAST(key AS TEXT) AS key, n AS count,
       max(CASE WHEN rank = (n + 1) / 2 THEN ms END) AS medianMs,
       max(CASE WHEN rank = (9 * n + 9) / 10 THEN ms END) AS p90Ms,
       max(ms) AS worstMs
     FROM ranked GROUP BY metric, dim, key`,
  ).all({ ...where.params, periods: periodsJson(periods), paused: JSON.stringify(pausedStatuses) });
}
