import type { ParsedInputOf } from '../../core/api';
import {
  coverageHours,
  hourOfWeekOf,
  HOURS_PER_WEEK,
  type CoverageCounts,
  type CoverageReport,
} from '../../core/coverage-report';
import { shiftsBetween } from '../../core/roster';
import { DAY, HOUR, MINUTE } from '../../core/time';
import { arrivals, rosteredHours, signedInHours, type HourOfWeekRow } from '../../db/queries/coverage-report';
import { patternRecords } from '../../db/queries/roster-history';
import type { ServiceContext } from './context';
import { rosterPlan } from './roster';

/** How often each hour of the week falls in [from, to): at most 9,600 hours, none of them a case. */
function occurrences(from: number, to: number, off: number): number[] {
  const n = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (let h = Math.floor((from + off) / HOUR); h < Math.ceil((to + off) / HOUR); h++) n[hourOfWeekOf(h)]!++;
  return n;
}

const byHour = (rows: readonly HourOfWeekRow[]) => {
  const n = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const r of rows) n[r.how] = r.n;
  return n;
};

/**
 * Coverage against demand: arrivals, rostered and signed-in agent-hours per hour of the week, counted in
 * SQL. "Rostered" is the weekly pattern in force on each day (as recorded at each change of it), with the
 * dated exceptions of the range; its rules are core/roster.ts's, applied once here.
 */
export function coverageReport(
  ctx: ServiceContext,
  input: ParsedInputOf<'leadReports.coverage'>,
): CoverageReport {
  const now = ctx.now();
  const { from, to, utcOffsetMin } = input;
  const p = { from, to, off: utcOffsetMin * MINUTE };
  // From the day before: a night shift of that day reaches into the range.
  const history = patternRecords(ctx.db, from - DAY, to);
  const plan = { ...rosterPlan(ctx, from), history, utcOffsetMinutes: utcOffsetMin };
  const shifts = shiftsBetween(plan, from, to).map((s) => [s.agentId, s.start, s.end] as const);
  // The owner filter is left out: demand is every case that arrived, set against the whole team.
  const { agentId: _owner, ...caseFilters } = input.filters;
  const arrived = byHour(arrivals(ctx.db, p, caseFilters));
  const rostered = byHour(rosteredHours(ctx.db, p, shifts));
  const signedIn = byHour(signedInHours(ctx.db, { ...p, now }));
  const counts: CoverageCounts[] = arrived.map((n, i) => ({
    arrivals: n,
    rosteredHours: rostered[i]!,
    signedInHours: signedIn[i]!,
  }));
  const hours = coverageHours(counts, occurrences(from, to, p.off));
  return {
    from,
    to,
    utcOffsetMin,
    hours,
    arrivals: arrived.reduce((a, b) => a + b, 0),
    busiestHours: hours.filter((h) => h.busiest).length,
    unstaffedHours: hours.filter((h) => h.unstaffed).length,
    unrosteredHours: hours.filter((h) => h.unrostered).length,
    generatedAt: now,
  };
}
