import type { ParsedInputOf } from '../../core/api';
import { SEVERITIES, type Severity } from '../../core/domain';
import { previousRange } from '../../core/lead-reports';
import { SLA_CLOCKS, type SlaClockName } from '../../core/sla';
import { MAX_LISTED_BREACHES, type SlaReport, type SlaTally } from '../../core/sla-report';
import { slaBreaches, slaTallies } from '../../db/queries/sla-report';
import type { ServiceContext } from './context';
import { reportPeriods } from './escalation-report-math';

type ByClock = Record<SlaClockName, SlaTally>;
const byClock = (): ByClock =>
  Object.fromEntries(SLA_CLOCKS.map((c) => [c, { met: 0, breached: 0 }])) as ByClock;
const add = (into: SlaTally, row: SlaTally) => {
  into.met += row.met;
  into.breached += row.breached;
};

/** SLA compliance for a range: counted in SQL per period, clock and severity; the sums here are small. */
export function slaReport(ctx: ServiceContext, input: ParsedInputOf<'leadReports.sla'>): SlaReport {
  const now = ctx.now();
  const { from, to, filters } = input;
  const periods = reportPeriods(from, to, input.granularity, input.utcOffsetMin).map((p) => ({
    ...p,
    clocks: byClock(),
  }));
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, byClock()])) as Record<Severity, ByClock>;
  const totals = { met: 0, breached: 0 };
  for (const row of slaTallies(ctx.db, periods, filters)) {
    add(periods[row.i]!.clocks[row.clock], row);
    add(bySeverity[row.severity][row.clock], row);
    add(totals, row);
  }
  const previous = { met: 0, breached: 0 };
  const before = previousRange(from, to);
  for (const row of slaTallies(ctx.db, [{ key: 'previous', start: before.from, end: before.to }], filters))
    add(previous, row);
  const breaches = slaBreaches(ctx.db, from, to, filters, MAX_LISTED_BREACHES).map((b) => ({
    ...b,
    lateMs: Math.max(0, (b.endedAt ?? now) - b.dueAt),
  }));
  return {
    from,
    to,
    granularity: input.granularity,
    periods,
    bySeverity,
    totals,
    previous,
    breaches,
    generatedAt: now,
  };
}
