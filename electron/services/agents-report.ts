import type { ParsedInputOf } from '../../core/api';
import { EMPTY_AGENT_TALLY, type AgentRow, type AgentsReport } from '../../core/agents-report';
import type { LeadPeriod } from '../../core/lead-reports';
import { agentNames } from '../../db/queries/handover-compose';
import { agentPeriodRows, type AgentPeriodRow } from '../../db/queries/agents-report';
import type { ServiceContext } from './context';
import { reportPeriods } from './escalation-report-math';

type Counting = AgentRow & { readBackTotalMs: number };

/** The rows of the queries merged into one per period and agent, by name; the average from the sums. */
function merge(rows: readonly AgentPeriodRow[], periods: number, names: Map<string, string>): AgentRow[][] {
  const out = Array.from({ length: periods }, () => new Map<string, Counting>());
  for (const { i, agentId, ...counts } of rows) {
    const into = out[i]!.get(agentId) ?? {
      ...EMPTY_AGENT_TALLY,
      agentId,
      agentName: names.get(agentId) ?? agentId,
      readBackTotalMs: 0,
    };
    for (const [key, value] of Object.entries(counts) as [keyof typeof counts, number | null][]) {
      if (key === 'medianReadBackMs') into.medianReadBackMs = value === null ? null : Math.round(value);
      else into[key] += value ?? 0;
    }
    out[i]!.set(agentId, into);
  }
  return out.map((m) =>
    [...m.values()]
      .map(({ readBackTotalMs, ...a }) => ({
        ...a,
        averageReadBackMs: a.readBacks > 0 ? Math.round(readBackTotalMs / a.readBacks) : null,
      }))
      .sort((a, b) => b.casesHandled - a.casesHandled || a.agentName.localeCompare(b.agentName)),
  );
}

/**
 * Per agent and period, counted in SQL. For the whole range, the cases handled and the read-backs are asked
 * again over it as one period, since distinct cases and medians do not add up across periods; the other
 * counts do, and are the periods' sums.
 */
export function agentsReport(ctx: ServiceContext, input: ParsedInputOf<'leadReports.agents'>): AgentsReport {
  const { from, to, filters } = input;
  const periods = reportPeriods(from, to, input.granularity, input.utcOffsetMin);
  const whole: LeadPeriod = { key: 'total', start: from, end: to };
  const additive = agentPeriodRows(ctx.db, periods, filters, ['firstResponses', 'handoversGiven']);
  const perPeriod = [...agentPeriodRows(ctx.db, periods, filters, ['caseWork', 'readBacks']), ...additive];
  const total = [
    ...agentPeriodRows(ctx.db, [whole], filters, ['caseWork', 'readBacks']),
    ...additive.map((r) => ({ ...r, i: 0 })),
  ];
  const names = agentNames(ctx.db, [...new Set(total.map((r) => r.agentId))]);
  const merged = merge(perPeriod, periods.length, names);
  return {
    from,
    to,
    granularity: input.granularity,
    periods: periods.map((p, i) => ({ ...p, agents: merged[i]! })),
    totals: merge(total, 1, names)[0]!,
    generatedAt: ctx.now(),
  };
}
