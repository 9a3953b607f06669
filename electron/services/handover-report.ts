import type { ParsedInputOf } from '../../core/api';
import { HANDOVER_COUNTS, type HandoverReport, type HandoverTally } from '../../core/handover-report';
import { handoversWritten, shiftsEnded } from '../../db/queries/handover-report';
import type { ServiceContext } from './context';
import { reportPeriods } from './escalation-report-math';

const empty = (): HandoverTally & { readBackTotalMs: number } => ({
  shiftsEnded: 0,
  shiftsAcknowledged: 0,
  shiftsOverridden: 0,
  written: 0,
  acknowledged: 0,
  pending: 0,
  superseded: 0,
  averageReadBackMs: null,
  longestReadBackMs: null,
  readBackTotalMs: 0,
});

type Counting = ReturnType<typeof empty>;

function add(into: Counting, row: Partial<Counting>) {
  for (const key of [...HANDOVER_COUNTS, 'readBackTotalMs'] as const) {
    into[key] += row[key] ?? 0;
  }
  if (row.longestReadBackMs != null)
    into.longestReadBackMs = Math.max(into.longestReadBackMs ?? 0, row.longestReadBackMs);
}

/** The average is taken over the sums, so that a period's and the whole range's agree with their rows. */
const finish = ({ readBackTotalMs, ...t }: Counting): HandoverTally => ({
  ...t,
  averageReadBackMs: t.acknowledged > 0 ? Math.round(readBackTotalMs / t.acknowledged) : null,
});

/** Handovers for a range, per period: counted in SQL; the sums and averages here are small. */
export function handoverReport(
  ctx: ServiceContext,
  input: ParsedInputOf<'leadReports.handovers'>,
): HandoverReport {
  const { from, to, filters } = input;
  const periods = reportPeriods(from, to, input.granularity, input.utcOffsetMin);
  const counts = periods.map(empty);
  for (const row of shiftsEnded(ctx.db, periods, filters.agentId)) add(counts[row.i]!, row);
  for (const row of handoversWritten(ctx.db, periods, filters.agentId)) add(counts[row.i]!, row);
  const totals = empty();
  for (const c of counts) add(totals, c);
  return {
    from,
    to,
    granularity: input.granularity,
    periods: periods.map((p, i) => ({ ...p, ...finish(counts[i]!) })),
    totals: finish(totals),
    generatedAt: ctx.now(),
  };
}
