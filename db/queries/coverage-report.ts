import type { LeadReportFilters } from '../../core/lead-reports';
import { stmt, type Db } from '../statements';
import { caseFilterSql } from './lead-report-filters';

/** A count per hour of the week (0 = Monday 00:00 local … 167); hours with nothing are left out. */
export interface HourOfWeekRow {
  how: number;
  n: number;
}

// The hour of the week of a local hour counted from the epoch (a Thursday, hence + 3), in integers: a
// parameter may arrive as a real number, so hours are cast before they are divided.
const HOUR_OF_WEEK = (localHour: string) => `((${localHour} / 24 + 3) % 7) * 24 + (${localHour} % 24)`;

/**
 * Spreads intervals (`spans`: agent, s, e, already clipped to the range) over the local hours they overlap,
 * each agent once per hour, and counts agent-hours per hour of the week. A recursive step per hour of each
 * interval: a night shift across midnight counts in every hour on both days.
 */
const spreadSql = (spans: string) => `WITH RECURSIVE spans(agent, s, e) AS (${spans}),
  hours(agent, h, last) AS (
    SELECT agent, CAST((s + @off) / 3600000 AS INTEGER), CAST((e - 1 + @off) / 3600000 AS INTEGER)
    FROM spans WHERE e > s
    UNION ALL SELECT agent, h + 1, last FROM hours WHERE h < last
  ),
  agent_hours AS (SELECT DISTINCT agent, h FROM hours)
  SELECT ${HOUR_OF_WEEK('h')} AS how, count(*) AS n FROM agent_hours GROUP BY how`;

/** Sign-ins overlapping the range, an open one up to now: over the sessions that ended after `from`. */
export const SIGNED_IN_SQL = spreadSql(
  `SELECT agent_id, max(started_at, @from), min(coalesce(ended_at, @now), @to) FROM duty_sessions
   WHERE (ended_at > @from OR ended_at IS NULL) AND started_at < @to`,
);

/** Rostered shifts as JSON `[[agentId, start, end], …]` (the roster's rules are applied before, in core). */
export const ROSTERED_SQL = spreadSql(
  `SELECT json_extract(value, '$[0]'), max(json_extract(value, '$[1]'), @from),
     min(json_extract(value, '$[2]'), @to) FROM json_each(@shifts)`,
);

interface SpreadParams {
  from: number;
  to: number;
  /** The desk's offset from UTC in ms. */
  off: number;
}

export function signedInHours(db: Db, p: SpreadParams & { now: number }): HourOfWeekRow[] {
  return stmt<[SpreadParams & { now: number }], HourOfWeekRow>(db, SIGNED_IN_SQL).all(p);
}

export function rosteredHours(
  db: Db,
  p: SpreadParams,
  shifts: readonly (readonly [string, number, number])[],
): HourOfWeekRow[] {
  return stmt<[SpreadParams & { shifts: string }], HourOfWeekRow>(db, ROSTERED_SQL).all({
    ...p,
    shifts: JSON.stringify(shifts),
  });
}

/** Cases created in the range per hour of the week, over the cases_created index, with the case filters. */
export const arrivalsSql = (filters: LeadReportFilters) => {
  const where = caseFilterSql(filters);
  return {
    sql: `SELECT ${HOUR_OF_WEEK('CAST((c.created_at + @off) / 3600000 AS INTEGER)')} AS how, count(*) AS n
      FROM cases c WHERE c.created_at >= @from AND c.created_at < @to ${where.sql} GROUP BY how`,
    params: where.params,
  };
};

export function arrivals(db: Db, p: SpreadParams, filters: LeadReportFilters): HourOfWeekRow[] {
  const q = arrivalsSql(filters);
  return stmt<[Record<string, string | number>], HourOfWeekRow>(db, q.sql).all({ ...q.params, ...p });
}
