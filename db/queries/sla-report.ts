import type { Severity } from '../../core/domain';
import type { LeadPeriod, LeadReportFilters } from '../../core/lead-reports';
import type { SlaClockName } from '../../core/sla';
import type { SlaBreach } from '../../core/sla-report';
import { DONE_STATUS_LIST } from '../sql-lists';
import { stmt, type Db } from '../statements';
import { caseFilterSql, periodsJson } from './lead-report-filters';

export interface SlaTallyRow {
  /** The period's index. */
  i: number;
  clock: SlaClockName;
  severity: Severity;
  met: number;
  breached: number;
}

/**
 * Clock cycles that ended in each period (by when they were met or ran out), per clock and severity: one
 * range of the sla_outcomes_at index per period. The case is joined only when a filter needs it; the
 * severity is the one the cycle ran under.
 */
export function slaTallies(
  db: Db,
  periods: readonly LeadPeriod[],
  filters: LeadReportFilters,
): SlaTallyRow[] {
  const where = caseFilterSql(filters, 'o.severity');
  const join = where.sql.includes('c.') ? 'JOIN cases c ON c.id = o.case_id' : '';
  return stmt<[Record<string, string>], SlaTallyRow>(
    db,
    `SELECT p.key AS i, o.clock, o.severity,
       sum(o.outcome = 'met') AS met, sum(o.outcome = 'breached') AS breached
     FROM json_each(@periods) p
     JOIN sla_outcomes o ON o.at >= json_extract(p.value, '$[0]') AND o.at < json_extract(p.value, '$[1]')
     ${join}
     WHERE 1 ${where.sql}
     GROUP BY p.key, o.clock, o.severity`,
  ).all({ ...where.params, periods: periodsJson(periods) });
}

export type SlaBreachRow = Omit<SlaBreach, 'lateMs'>;

// What ends a late cycle: a reply or call ends a response clock (and resolving ends next update too, since
// no update is owed on a resolved case); resolving or closing ends the resolution clock.
const RESOLVED = `e.kind = 'status_changed' AND json_extract(e.payload, '$.to') IN ${DONE_STATUS_LIST}`;
const ENDED = `(SELECT min(e.at) FROM case_events e WHERE e.case_id = o.case_id AND e.at >= o.due_at AND
  CASE o.clock WHEN 'resolution' THEN ${RESOLVED}
    WHEN 'nextUpdate' THEN e.kind IN ('reply', 'call') OR ${RESOLVED}
    ELSE e.kind IN ('reply', 'call') END)`;
// The last sign-in before the due time, if it had not ended by then: one step back along its index.
const ON_DUTY = `(SELECT CASE WHEN d.ended_at IS NULL OR d.ended_at > o.due_at THEN a.name END
  FROM duty_sessions d JOIN agents a ON a.id = d.agent_id
  WHERE d.started_at <= o.due_at ORDER BY d.started_at DESC LIMIT 1)`;

/** The latest breaches that ran out in [from, to), newest first, with when each ended and who was on duty. */
export function slaBreaches(
  db: Db,
  from: number,
  to: number,
  filters: LeadReportFilters,
  limit: number,
): SlaBreachRow[] {
  const where = caseFilterSql(filters, 'o.severity');
  return stmt<[Record<string, string | number>], SlaBreachRow>(
    db,
    `SELECT o.case_id AS caseId, c.number AS caseNumber, c.title, o.severity, o.clock, o.due_at AS dueAt,
       ${ENDED} AS endedAt, ${ON_DUTY} AS agentOnDuty
     FROM sla_outcomes o JOIN cases c ON c.id = o.case_id
     WHERE o.at >= @from AND o.at < @to AND o.outcome = 'breached' ${where.sql}
     ORDER BY o.at DESC, o.case_id LIMIT @limit`,
  ).all({ ...where.params, from, to, limit });
}
