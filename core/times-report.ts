// The response and resolution times report: how long the first response and the resolution took, with the
// time the case waited on the customer or on 21Vianet taken out as the SLA clock takes it out.
import type { Severity, SupportArea } from './domain';
import type { LeadGranularity, LeadPeriod } from './lead-reports';

/** What is measured: creation to the first reply, call or resolution; creation to the last resolution. */
export const TIME_METRICS = ['firstResponse', 'resolution'] as const;
export type TimeMetric = (typeof TIME_METRICS)[number];

/**
 * A distribution of active times in ms, by nearest rank (the median is the ⌈n/2⌉-th smallest, the 90th
 * percentile the ⌈0.9·n⌉-th): every figure is a time some case really took. Null figures when n is 0.
 */
export interface TimeSpread {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  worstMs: number | null;
}

export const EMPTY_SPREAD: TimeSpread = { count: 0, medianMs: null, p90Ms: null, worstMs: null };

/** The spread of times sorted from the shortest, ranked in whole numbers (⌈0.9·n⌉ as ⌊(9n + 9) / 10⌋). */
export function spreadOf(sorted: readonly number[]): TimeSpread {
  const n = sorted.length;
  if (n === 0) return { ...EMPTY_SPREAD };
  const rank = (r: number) => sorted[r - 1]!;
  return {
    count: n,
    medianMs: rank(Math.ceil(n / 2)),
    p90Ms: rank(Math.floor((9 * n + 9) / 10)),
    worstMs: rank(n),
  };
}

export type SpreadByMetric = Record<TimeMetric, TimeSpread>;

export type TimesReportPeriod = LeadPeriod & SpreadByMetric;

export interface TimesReport {
  from: number;
  to: number;
  granularity: LeadGranularity;
  periods: TimesReportPeriod[];
  bySeverity: Record<Severity, SpreadByMetric>;
  bySupportArea: Record<SupportArea, SpreadByMetric>;
  totals: SpreadByMetric;
  generatedAt: number;
}
