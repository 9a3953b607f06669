import type { ParsedInputOf } from '../../core/api';
import { SEVERITIES, SUPPORT_AREAS, type Severity, type SupportArea } from '../../core/domain';
import { EMPTY_SPREAD, TIME_METRICS, type SpreadByMetric, type TimesReport } from '../../core/times-report';
import { timeSpreads, type SpreadRow } from '../../db/queries/times-report';
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

/** Response and resolution times for a range: every distribution ranked in SQL; here they are only placed. */
export function timesReport(ctx: ServiceContext, input: ParsedInputOf<'leadReports.times'>): TimesReport {
  const { from, to, filters } = input;
  const periods = reportPeriods(from, to, input.granularity, input.utcOffsetMin);
  const perPeriod = periods.map(empty);
  const bySeverity = byKey<Severity>(SEVERITIES);
  const bySupportArea = byKey<SupportArea>(SUPPORT_AREAS);
  const totals = empty();
  const place = (row: SpreadRow): SpreadByMetric | undefined => {
    if (row.dim === 'all') return totals;
    if (row.dim === 'period') return perPeriod[Number(row.key)];
    if (row.dim === 'severity') return bySeverity[row.key as Severity];
    return bySupportArea[row.key as SupportArea];
  };
  for (const row of timeSpreads(ctx.db, periods, filters, pausedStatuses(ctx))) {
    const into = place(row);
    if (into) {
      const { count, medianMs, p90Ms, worstMs } = row;
      into[row.metric] = { count, medianMs, p90Ms, worstMs };
    }
  }
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
