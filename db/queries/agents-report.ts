import type { LeadPeriod, LeadReportFilters } from '../../core/lead-reports';
import { stmt, type Db } from '../statements';
import { caseFilterSql, periodsJson } from './lead-report-filters';

/** One agent's counts in one period (by index); columns absent from a row are 0 or null. */
export interface AgentPeriodRow {
  i: number;
  agentId: string;
  casesHandled?: number;
  replies?: number;
  firstResponses?: number;
  firstResponsesMet?: number;
  handoversGiven?: number;
  handoversGivenAcknowledged?: number;
  readBacks?: number;
  readBackTotalMs?: number;
  medianReadBackMs?: number | null;
}

const PERIOD_JOIN = (column: string) =>
  `FROM json_each(@periods) p JOIN %TABLE% ON ${column} >= json_extract(p.value, '$[0]')
     AND ${column} < json_extract(p.value, '$[1]')`;

/**
 * The case-side counts: distinct cases acted on (any timeline entry but the clock's own breach record) or
 * assigned to the agent, and replies. Entries are read from the covering case_events_at index; only the
 * assignments, a few per case, read their payload for whom the case went to. The case is joined only for a
 * filter. The agent filter names the agent whose row is shown (not the case's owner): this report is about
 * agents.
 */
export function caseWorkSql(filters: LeadReportFilters) {
  const { agentId, ...caseFilters } = filters;
  const where = caseFilterSql(caseFilters);
  const join = where.sql ? 'JOIN cases c ON c.id = e.case_id' : '';
  const agent = agentId ? 'AND w.agent = @agentId' : '';
  const events = PERIOD_JOIN('e.at').replace('%TABLE%', 'case_events e');
  return {
    sql: `WITH work(i, agent, case_id, reply) AS (
        SELECT p.key, e.agent_id, e.case_id, e.kind = 'reply' ${events} ${join}
        WHERE e.kind <> 'sla_breached' ${where.sql}
        UNION ALL
        SELECT p.key, json_extract(e.payload, '$.to.id'), e.case_id, 0 ${events} ${join}
        WHERE e.kind = 'assigned' ${where.sql}
      )
      SELECT w.i, w.agent AS agentId, count(DISTINCT w.case_id) AS casesHandled, sum(w.reply) AS replies
      FROM work w WHERE w.agent IS NOT NULL ${agent} GROUP BY w.i, w.agent`,
    params: { ...where.params, ...(agentId ? { agentId } : {}) },
  };
}

/**
 * First-response clocks that ended in each period, each given to the agent of the first reply or call on
 * the case from the clock's start (the one that ended it); one step along case_events_case per clock, taken
 * once (materialized) though the agent is read twice.
 */
export function firstResponsesSql(filters: LeadReportFilters) {
  const { agentId, ...caseFilters } = filters;
  const where = caseFilterSql(caseFilters, 'o.severity');
  const join = where.sql ? 'JOIN cases c ON c.id = o.case_id' : '';
  const agent = agentId ? 'AND r.agent = @agentId' : '';
  return {
    sql: `WITH r(i, agent, met) AS MATERIALIZED (
        SELECT p.key, (SELECT e.agent_id FROM case_events e WHERE e.case_id = o.case_id
            AND e.at >= o.started_at AND e.kind IN ('reply', 'call') ORDER BY e.at LIMIT 1),
          o.outcome = 'met'
        ${PERIOD_JOIN('o.at').replace('%TABLE%', 'sla_outcomes o')} ${join}
        WHERE o.clock = 'firstResponse' ${where.sql}
      )
      SELECT r.i, r.agent AS agentId, count(*) AS firstResponses, sum(r.met) AS firstResponsesMet
      FROM r WHERE r.agent IS NOT NULL ${agent} GROUP BY r.i, r.agent`,
    params: { ...where.params, ...(agentId ? { agentId } : {}) },
  };
}

/** Handovers written in each period (by submission, over handovers_created) by their writer. */
export const HANDOVERS_GIVEN_SQL = `SELECT p.key AS i, h.from_agent_id AS agentId, count(*) AS handoversGiven,
    sum(h.status = 'acknowledged') AS handoversGivenAcknowledged
  ${PERIOD_JOIN('h.created_at').replace('%TABLE%', 'handovers h')}
  WHERE @agentId IS NULL OR h.from_agent_id = @agentId
  GROUP BY p.key, h.from_agent_id`;

/**
 * Handovers written in each period that the agent acknowledged, the read-back's total and its median: the
 * middle one, or the mean of the middle two, by rank within the agent's period.
 */
export const READ_BACKS_SQL = `WITH rb AS (
    SELECT p.key AS i, h.to_agent_id AS agent, h.acknowledged_at - h.created_at AS ms
    ${PERIOD_JOIN('h.created_at').replace('%TABLE%', 'handovers h')}
    WHERE h.status = 'acknowledged' AND (@agentId IS NULL OR h.to_agent_id = @agentId)
  ),
  ranked AS (
    SELECT i, agent, ms, row_number() OVER (PARTITION BY i, agent ORDER BY ms) AS r,
      count(*) OVER (PARTITION BY i, agent) AS n FROM rb
  )
  SELECT i, agent AS agentId, count(*) AS readBacks, sum(ms) AS readBackTotalMs,
    avg(CASE WHEN r IN ((n + 1) / 2, n / 2 + 1) THEN ms END) AS medianReadBackMs
  FROM ranked GROUP BY i, agent`;

type Params = Record<string, string | number | null>;

/** The report's queries, each a list of rows to merge by period and agent. */
export const AGENT_PARTS = ['caseWork', 'firstResponses', 'handoversGiven', 'readBacks'] as const;
export type AgentPart = (typeof AGENT_PARTS)[number];

/** The counts of the parts asked for, per period. */
export function agentPeriodRows(
  db: Db,
  periods: readonly LeadPeriod[],
  filters: LeadReportFilters,
  parts: readonly AgentPart[] = AGENT_PARTS,
): AgentPeriodRow[] {
  const base = { periods: periodsJson(periods) };
  const handoverParams = { agentId: filters.agentId ?? null };
  const queries: Record<AgentPart, () => { sql: string; params: Params }> = {
    caseWork: () => caseWorkSql(filters),
    firstResponses: () => firstResponsesSql(filters),
    handoversGiven: () => ({ sql: HANDOVERS_GIVEN_SQL, params: handoverParams }),
    readBacks: () => ({ sql: READ_BACKS_SQL, params: handoverParams }),
  };
  return parts.flatMap((part) => {
    const q = queries[part]();
    return stmt<[Params], AgentPeriodRow>(db, q.sql).all({ ...q.params, ...base });
  });
}
