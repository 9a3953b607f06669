import type { ParsedInputOf } from '../../core/api';
import { SEVERITIES, SUPPORT_AREAS, type Severity, type SupportArea } from '../../core/domain';
import {
  EMPTY_SPREAD,
  TIME_METRICS,
  spreadOf,
  type SpreadByMetric,
  type TimeMetric,
  type TimesReport,
} from '../../core/times-report';
import { clockTimes } from '../../db/queries/times-report';
import type { ServiceContext } from './context';
import { reportPeriods } from './escalation-report-math';
import { slaPolicy } from './sla';

const empty = (): SpreadByMetric =>
  Object.fromEntries(TIME_METRICS.map((m) => [m, { ...EMPTY_SPREAD }])) as SpreadByMetric;
const byKey = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, empty()])) as Record<K, SpreadByMetric>;

/** The statuses that stop the clocks under the desk's policy, as the SLA clock reads them. */
function pausedStatuses(ctx: ServiceContext): string[] {
  const policy = slaPolicy(ctx);
  return [
    ...(policy.pauseOnCustomer ? ['waiting_customer'] : []),
    ...(policy.pauseOn21v ? ['waiting_21v'] : []),
  ];
}

/** Times gathered per distribution, then each sorted once and ranked. */
class Tally {
  private readonly times = new Map<SpreadByMetric, Record<TimeMetric, number[]>>();
  add(into: SpreadByMetric | undefined, metric: TimeMetric, ms: number) {
    if (!into) return;
    let lists = this.times.get(into);
    if (!lists) this.times.set(into, (lists = { firstResponse: [], resolution: [] }));
    lists[metric].push(ms);
  }
  rank() {
    for (const [into, lists] of this.times)
      for (const m of TIME_METRICS) into[m] = spreadOf(lists[m].sort((a, b) => a - b));
  }
}

/** Response and resolution times for a range: each case's time measured in SQL, ranked here. */
export function timesReport(ctx: ServiceContext, input: ParsedInputOf<'leadReports.times'>): TimesReport {
  const { from, to, filters } = input;
  const periods = reportPeriods(from, to, input.granularity, input.utcOffsetMin);
  const perPeriod = periods.map(empty);
  const bySeverity = byKey<Severity>(SEVERITIES);
  const bySupportArea = byKey<SupportArea>(SUPPORT_AREAS);
  const totals = empty();
  const tally = new Tally();
  for (const [metric, i, severity, area, ms] of clockTimes(ctx.db, periods, filters, pausedStatuses(ctx))) {
    for (const into of [totals, perPeriod[i], bySeverity[severity], bySupportArea[area]])
      tally.add(into, metric, ms);
  }
  tally.rank();
  return {
    from,
    to,
    granularity: input.granularity,
    periods: periods.map((p, i) => ({ ...p, ...perPeriod[i]! })),
    bySeverity,
    bySupportArea,
    totals,
    generatedAt: ctx.now(),
  };
}
