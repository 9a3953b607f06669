import type { LeadPeriod } from '../../core/lead-reports';
import { stmt, type Db } from '../statements';
import { periodsJson } from './lead-report-filters';

export interface ShiftRow {
  i: number;
  shiftsEnded: number;
  shiftsAcknowledged: number;
  shiftsOverridden: number;
}

export interface WrittenRow {
  i: number;
  written: number;
  acknowledged: number;
  pending: number;
  superseded: number;
  readBackTotalMs: number;
  longestReadBackMs: number | null;
}

/** The agent filter as SQL on a column, with its parameter; handovers belong to no case, so only it applies. */
const byAgent = (
  column: string,
  agentId: string | undefined,
): { sql: string; params: Record<string, string> } =>
  agentId ? { sql: ` AND ${column} = @agentId`, params: { agentId } } : { sql: '', params: {} };

/**
 * Shifts ended by signing out in each period (by when they ended) and whether the agent's handover written
 * during the shift was acknowledged: the handovers_from index answers each shift.
 */
export function shiftsEnded(db: Db, periods: readonly LeadPeriod[], agentId?: string): ShiftRow[] {
  const agent = byAgent('d.agent_id', agentId);
  return stmt<[Record<string, string>], ShiftRow>(
    db,
    `SELECT p.key AS i, count(d.id) AS shiftsEnded,
       coalesce(sum(EXISTS (SELECT 1 FROM handovers h WHERE h.from_agent_id = d.agent_id
         AND h.created_at >= d.started_at AND h.created_at <= d.ended_at AND h.status = 'acknowledged')), 0)
         AS shiftsAcknowledged,
       coalesce(sum(d.override_reason IS NOT NULL), 0) AS shiftsOverridden
     FROM json_each(@periods) p
     JOIN duty_sessions d ON d.ended_at >= json_extract(p.value, '$[0]')
       AND d.ended_at < json_extract(p.value, '$[1]') AND d.end_kind = 'sign_out' ${agent.sql}
     GROUP BY p.key`,
  ).all({ ...agent.params, periods: periodsJson(periods) });
}

/** Handovers written in each period (by submission), over the handovers_created index, and their read-back. */
export function handoversWritten(db: Db, periods: readonly LeadPeriod[], agentId?: string): WrittenRow[] {
  const agent = byAgent('h.from_agent_id', agentId);
  return stmt<[Record<string, string>], WrittenRow>(
    db,
    `SELECT p.key AS i, count(*) AS written, sum(h.status = 'acknowledged') AS acknowledged,
       sum(h.status = 'pending') AS pending, sum(h.status = 'superseded') AS superseded,
       coalesce(sum(h.acknowledged_at - h.created_at), 0) AS readBackTotalMs,
       max(h.acknowledged_at - h.created_at) AS longestReadBackMs
     FROM json_each(@periods) p
     JOIN handovers h ON h.created_at >= json_extract(p.value, '$[0]')
       AND h.created_at < json_extract(p.value, '$[1]') ${agent.sql}
     GROUP BY p.key`,
  ).all({ ...agent.params, periods: periodsJson(periods) });
}
