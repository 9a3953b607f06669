// The coverage report: cases arriving in each hour of the week against the agents rostered and the agents
// actually signed in then, averaged over the weeks of the range, so that the lead sees where the roster
// should change.
import type { Weekday } from './local-time';

/** The share of hours, by demand per signed-in agent, marked as the busiest. */
export const BUSIEST_SHARE = 0.1;

export interface CoverageHourOfWeek {
  /** Monday 1 … Sunday 7, in the desk's zone. */
  weekday: Weekday;
  /** 0–23, the local hour. */
  hour: number;
  /** How often this hour of the week falls in the range. */
  occurrences: number;
  /** Per occurrence: cases created, agents rostered for any part of the hour, agents signed in for any part. */
  arrivals: number;
  rostered: number;
  signedIn: number;
  /** Cases per signed-in agent (sums over the occurrences); null when nobody was signed in. */
  demandPerAgent: number | null;
  /** Among the top BUSIEST_SHARE of hours by demand per agent. */
  busiest: boolean;
  /** Cases arrived while nobody was signed in / nobody was rostered (in every occurrence taken together). */
  unstaffed: boolean;
  unrostered: boolean;
}

/** The totals behind an hour's averages, as SQL counts them. */
export interface CoverageCounts {
  arrivals: number;
  /** Agent-hours: each agent once per concrete hour they overlap. */
  rosteredHours: number;
  signedInHours: number;
}

export interface CoverageReport {
  from: number;
  to: number;
  utcOffsetMin: number;
  /** 168 hours, Monday 00:00 first. */
  hours: CoverageHourOfWeek[];
  arrivals: number;
  busiestHours: number;
  unstaffedHours: number;
  unrosteredHours: number;
  generatedAt: number;
}

export const HOURS_PER_WEEK = 168;

/** The hour of the week (0 = Monday 00:00 … 167) of a local hour counted from the epoch (a Thursday). */
export const hourOfWeekOf = (localHour: number) =>
  ((Math.floor(localHour / 24) + 3) % 7) * 24 + (localHour % 24);

/** Builds the 168 hours from their sums and how often each falls in the range; marks the busiest. */
export function coverageHours(
  counts: readonly CoverageCounts[],
  occurrences: readonly number[],
): CoverageHourOfWeek[] {
  const hours = counts.map((c, i): CoverageHourOfWeek => {
    const n = occurrences[i]!;
    const avg = (v: number) => (n > 0 ? v / n : 0);
    return {
      weekday: (Math.floor(i / 24) + 1) as Weekday,
      hour: i % 24,
      occurrences: n,
      arrivals: avg(c.arrivals),
      rostered: avg(c.rosteredHours),
      signedIn: avg(c.signedInHours),
      demandPerAgent: c.signedInHours > 0 ? c.arrivals / c.signedInHours : null,
      busiest: false,
      unstaffed: c.arrivals > 0 && c.signedInHours === 0,
      unrostered: c.arrivals > 0 && c.rosteredHours === 0,
    };
  });
  const ranked = hours
    .map((h) => h.demandPerAgent)
    .filter((d): d is number => d !== null && d > 0)
    .sort((a, b) => b - a);
  if (ranked.length > 0) {
    // Ties with the last hour taken are taken too, so that equal hours are never told apart.
    const threshold = ranked[Math.max(0, Math.ceil(ranked.length * BUSIEST_SHARE) - 1)]!;
    for (const h of hours) h.busiest = h.demandPerAgent !== null && h.demandPerAgent >= threshold;
  }
  return hours;
}
