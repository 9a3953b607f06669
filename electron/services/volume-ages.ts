// The open backlog by age at each period's end, from the spans cases were open (db/queries/volume-report.ts):
// each span adds one to the periods whose end it covers, in the age band the case was in then, by two
// binary searches a band instead of a walk over every period.
import { AGE_BAND_LIMITS_MS, AGE_BANDS, type AgeBand } from '../../core/volume-report';
import type { OpenSpan } from '../../db/queries/volume-report';

/** The first index whose instant is at least `at` (or beyond `at`, when `after`). */
function firstIndex(instants: readonly number[], at: number, after: boolean): number {
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? instants[mid]! <= at : instants[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per instant of `ends` (ascending), the cases open then by age band: open when start < t <= stop, aged
 * t - created, in the band whose lower limit it has reached and upper limit not.
 */
export function agesAt(spans: readonly OpenSpan[], ends: readonly number[]): Record<AgeBand, number>[] {
  const steps = AGE_BANDS.map(() => new Array<number>(ends.length + 1).fill(0));
  for (const [created, start, stop] of spans) {
    const from = firstIndex(ends, start, true);
    const to = stop === null ? ends.length : firstIndex(ends, stop, true);
    let lower = 0;
    AGE_BANDS.forEach((band, b) => {
      const upper = AGE_BAND_LIMITS_MS[band];
      const a = Math.max(from, firstIndex(ends, created + lower, false));
      const z = Math.min(to, firstIndex(ends, created + upper, false));
      if (a < z) {
        steps[b]![a]!++;
        steps[b]![z]!--;
      }
      lower = upper;
    });
  }
  const running = AGE_BANDS.map(() => 0);
  return ends.map((_, i) => {
    AGE_BANDS.forEach((_b, b) => (running[b]! += steps[b]![i]!));
    return Object.fromEntries(AGE_BANDS.map((band, b) => [band, running[b]!])) as Record<AgeBand, number>;
  });
}
