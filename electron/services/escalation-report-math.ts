// The escalation report's arithmetic, pure: periods on the local calendar, counts by dimension, repeated
// topics. The service feeds it rows from the case log.
import type {
  DimensionRow,
  ReportDimension,
  ReportGranularity,
  ReportPeriod,
  RepeatedTopic,
} from '../../core/escalation-report';
import type { LeadGranularity } from '../../core/lead-reports';
import type { SubmittedEscalationRow } from '../../db/queries/escalation-report';
import { similarity, titleGrams } from './similar-cases';

const MINUTE = 60_000;

/** One submitted escalation as the report reads it. */
export type ReportEscalation = SubmittedEscalationRow;

export type Period = Pick<ReportPeriod, 'key' | 'start' | 'end'>;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The periods covering [from, to): calendar months, weeks from Monday or days, starting at local midnight
 * (`utcOffsetMin` east of UTC). The first and last are cut to the range, so nothing outside it counts.
 */
export function reportPeriods(
  from: number,
  to: number,
  granularity: ReportGranularity | LeadGranularity,
  utcOffsetMin: number,
): Period[] {
  const offset = utcOffsetMin * MINUTE;
  const local = new Date(from + offset);
  let y = local.getUTCFullYear();
  let m = local.getUTCMonth();
  let d = local.getUTCDate();
  if (granularity === 'week') d -= (local.getUTCDay() + 6) % 7;
  else if (granularity === 'month') d = 1;
  const periods: Period[] = [];
  let start = Date.UTC(y, m, d) - offset;
  while (start < to) {
    const next =
      granularity === 'month' ? Date.UTC(y, m + 1, 1) : Date.UTC(y, m, d + (granularity === 'week' ? 7 : 1));
    // y and m are always normal here; a week's d may be below 1 (the Monday is in the previous month).
    const key =
      granularity === 'month' ? `${y}-${pad(m + 1)}` : new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
    periods.push({ key, start: Math.max(start, from), end: Math.min(next - offset, to) });
    start = next - offset;
    const n = new Date(next);
    [y, m, d] = [n.getUTCFullYear(), n.getUTCMonth(), n.getUTCDate()];
  }
  return periods;
}

/** The index of the period holding `at`, or -1 outside the range. */
export function periodIndex(periods: readonly Period[], at: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = periods[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const KEYS: Record<ReportDimension, (e: ReportEscalation) => string[]> = {
  supportArea: (e) => [e.supportArea],
  service: (e) => [e.service],
  agent: (e) => [e.agentId],
  // An escalation with two reasons counts once under each.
  reason: (e) => e.reasons,
};

/** Counts per key and period, the largest total first (then by key, for a stable order). */
export function countBy(
  escalations: readonly ReportEscalation[],
  periods: readonly Period[],
  dimension: ReportDimension,
): DimensionRow[] {
  const rows = new Map<string, DimensionRow>();
  for (const e of escalations) {
    const i = periodIndex(periods, e.submittedAt);
    if (i < 0) continue;
    for (const key of KEYS[dimension](e)) {
      let row = rows.get(key);
      if (!row) {
        row = {
          key,
          name: dimension === 'agent' ? e.agentName : null,
          total: 0,
          perPeriod: periods.map(() => 0),
        };
        rows.set(key, row);
      }
      row.total += 1;
      row.perPeriod[i]! += 1;
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/** Two titles this alike name the same topic (the duplicate warning on new cases uses the same measure). */
export const TOPIC_THRESHOLD = 0.5;

/**
 * Escalations of the same service whose titles are alike: each joins the first group whose first title it
 * resembles, in submission order. Groups of two or more are topics the desk keeps escalating: candidates
 * for a knowledge-base article or training instead.
 */
export function repeatedTopics(
  escalations: readonly ReportEscalation[],
  threshold = TOPIC_THRESHOLD,
): RepeatedTopic[] {
  const groups: { service: string; grams: Map<string, number>; members: ReportEscalation[] }[] = [];
  const ordered = [...escalations].sort((a, b) => a.submittedAt - b.submittedAt || a.id.localeCompare(b.id));
  for (const e of ordered) {
    const grams = titleGrams(e.title);
    const group = groups.find((g) => g.service === e.service && similarity(g.grams, grams) >= threshold);
    if (group) group.members.push(e);
    else groups.push({ service: e.service, grams, members: [e] });
  }
  return groups
    .filter((g) => g.members.length > 1)
    .map((g) => ({
      service: g.service,
      supportArea: g.members[0]!.supportArea,
      title: g.members[0]!.title,
      count: g.members.length,
      escalations: g.members.map(({ id, caseId, caseNumber, title, submittedAt }) => ({
        id,
        caseId,
        caseNumber,
        title,
        submittedAt,
      })),
    }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/** A share as a fraction 0..1, 0 when there is nothing to divide by. */
export const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
