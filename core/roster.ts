// The 24x7 roster as pure arithmetic: a weekly pattern plus dated exceptions, expanded into concrete shifts,
// and the coverage those shifts give hour by hour, on the desk's local time line (local-time.ts). No clock,
// no side effects. The renderer imports it too.
import {
  addDays,
  dayStart,
  hourStart,
  localDateOf,
  parseHhmm,
  weekdayOf,
  type LocalDate,
  type Weekday,
} from './local-time';
import { DAY, HOUR, MINUTE, MINUTES_PER_DAY } from './time';

/** One row of the weekly pattern: every `weekday`, from `start` to `end` (HH:MM; an earlier end is the next day). */
export interface PatternShift {
  id: string;
  weekday: Weekday;
  start: string;
  end: string;
  agentId: string;
}

/** The agent is absent on every date from `fromDate` to `toDate` (inclusive): their shifts of those dates go. */
export interface LeaveException {
  id: string;
  kind: 'leave';
  agentId: string;
  fromDate: LocalDate;
  toDate: LocalDate;
  note: string;
}

/** On `date`, `coverAgentId` works the shifts `agentId` was rostered for. */
export interface SwapException {
  id: string;
  kind: 'swap';
  agentId: string;
  coverAgentId: string;
  date: LocalDate;
  note: string;
}

/** One more shift on `date`, outside the weekly pattern. */
export interface ExtraException {
  id: string;
  kind: 'extra';
  agentId: string;
  date: LocalDate;
  start: string;
  end: string;
  note: string;
}

export type RosterException = LeaveException | SwapException | ExtraException;
export const EXCEPTION_KINDS = ['leave', 'swap', 'extra'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface RosterPlan {
  pattern: readonly PatternShift[];
  exceptions: readonly RosterException[];
  utcOffsetMinutes: number;
  /**
   * The pattern as recorded at each change, oldest first, for reports on past weeks: a shift follows the
   * pattern in force when it starts, and before the first record nothing was rostered. Without records,
   * `pattern` throughout.
   */
  history?: readonly PatternRecord[];
}

/** The whole weekly pattern as it stood from `at` on. */
export interface PatternRecord {
  at: number;
  pattern: readonly PatternShift[];
}

/** Which record is in force at an instant: the last one made at or before it (-1: none yet). */
export function recordAt(history: readonly PatternRecord[], at: number): number {
  let i = -1;
  while (i + 1 < history.length && history[i + 1]!.at <= at) i++;
  return i;
}

/** A concrete shift: who, from when to when (UTC ms, end exclusive), and which rule put it there. */
export interface Shift {
  agentId: string;
  start: number;
  end: number;
  /** The local date the shift starts on: leave and swaps apply to shifts by this date. */
  date: LocalDate;
  source: 'pattern' | 'extra';
  /** The pattern row or extra-shift exception the shift comes from. */
  ruleId: string;
  /** Set when a swap moved the shift from its rostered agent to `agentId`. */
  swappedFrom?: string;
}

// ---------------------------------------------------------------------------------------------- shift times

/**
 * A shift's start and end as minutes after its date's midnight: an end at or before the start is on the
 * next day (22:00–06:00 runs overnight; 00:00 as an end means midnight). Null when the times are not
 * valid clock times or describe no time at all (start equals end, or a start of 24:00).
 */
export function shiftSpan(start: string, end: string): { start: number; end: number } | null {
  const s = parseHhmm(start);
  const e = parseHhmm(end);
  if (s === null || e === null || s === MINUTES_PER_DAY || s === e) return null;
  if (e === 0) return { start: s, end: MINUTES_PER_DAY };
  return { start: s, end: e > s ? e : e + MINUTES_PER_DAY };
}

// ---------------------------------------------------------------------------------------------- expansion

/**
 * Every shift that overlaps [from, to), in order of start. The pattern and extra shifts come first; swaps
 * then hand a rostered agent's shifts of their date to the covering agent (in the order the swaps were
 * made, so a chain A→B, B→C ends with C); leave finally removes the shifts an absent agent would work —
 * after the swaps, so that a swap arranged to cover someone's leave keeps the hours covered.
 */
export function shiftsBetween(plan: RosterPlan, from: number, to: number): Shift[] {
  if (!(to > from)) return [];
  const offset = plan.utcOffsetMinutes;
  // A shift lasts at most 24 hours, so one that overlaps [from, to) starts on the day before `from` at
  // the earliest.
  const first = addDays(localDateOf(from, offset), -1);
  const last = localDateOf(to - 1, offset);
  const shifts: Shift[] = [];
  const history = plan.history?.length ? plan.history : [{ at: 0, pattern: plan.pattern }];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    // The records in force at some time of the day: each gives the shifts that start while it is.
    const dayFrom = dayStart(date, offset);
    for (let r = Math.max(0, recordAt(history, dayFrom)); r <= recordAt(history, dayFrom + DAY - 1); r++) {
      for (const row of history[r]!.pattern) {
        if (row.weekday !== weekday) continue;
        const shift = concrete(date, row.start, row.end, row.agentId, offset, 'pattern', row.id);
        if (shift && recordAt(history, shift.start) === r) shifts.push(shift);
      }
    }
  }
  const exceptions = [...plan.exceptions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of exceptions) {
    if (e.kind !== 'extra' || e.date < first || e.date > last) continue;
    const shift = concrete(e.date, e.start, e.end, e.agentId, offset, 'extra', e.id);
    if (shift) shifts.push(shift);
  }
  for (const e of exceptions) {
    if (e.kind !== 'swap') continue;
    for (const shift of shifts) {
      if (shift.date !== e.date || shift.agentId !== e.agentId) continue;
      shift.swappedFrom ??= shift.agentId;
      shift.agentId = e.coverAgentId;
    }
  }
  const onLeave = (s: Shift) =>
    exceptions.some(
      (e) => e.kind === 'leave' && e.agentId === s.agentId && e.fromDate <= s.date && s.date <= e.toDate,
    );
  return shifts
    .filter((s) => s.end > from && s.start < to && !onLeave(s))
    .sort((a, b) => a.start - b.start || a.end - b.end || compare(a.agentId, b.agentId));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function concrete(
  date: LocalDate,
  start: string,
  end: string,
  agentId: string,
  offset: number,
  source: Shift['source'],
  ruleId: string,
): Shift | null {
  const span = shiftSpan(start, end);
  if (!span) return null;
  const midnight = dayStart(date, offset);
  return {
    agentId,
    start: midnight + span.start * MINUTE,
    end: midnight + span.end * MINUTE,
    date,
    source,
    ruleId,
  };
}

// ---------------------------------------------------------------------------------------------- on duty

/** The agents whose shift contains the instant, each once, in id order. */
export function onDutyAt(shifts: readonly Shift[], at: number): string[] {
  const ids = new Set<string>();
  for (const s of shifts) if (s.start <= at && at < s.end) ids.add(s.agentId);
  return [...ids].sort(compare);
}

/** How far ahead coverage is checked by default, and the header's warning of nobody rostered ahead looks. */
export const COVERAGE_DAYS = 30;

/**
 * How far ahead "who is next" looks: the coverage horizon, so that the header and the coverage page speak
 * of the same days; it covers any weekly pattern and the nearer exceptions.
 */
export const NEXT_SHIFT_HORIZON_DAYS = COVERAGE_DAYS;

/** The first shift that starts after the instant (the earliest; ties by agent id), or null within the horizon. */
export function nextShiftAfter(plan: RosterPlan, at: number): Shift | null {
  const upcoming = shiftsBetween(plan, at, at + NEXT_SHIFT_HORIZON_DAYS * DAY).filter((s) => s.start > at);
  return upcoming[0] ?? null;
}

// ---------------------------------------------------------------------------------------------- coverage

export type HourCoverage = 'full' | 'partial' | 'none';

export interface CoverageHour {
  /** The local hour's first instant; it lasts one hour. */
  start: number;
  /** Everyone on duty for any part of the hour, in id order. */
  agentIds: string[];
  /** Full: someone on duty every minute; partial: some minutes with nobody; none: nobody at all. */
  covered: HourCoverage;
}

/** Hour by hour from the local hour containing `from` up to the hour that contains `to - 1`. */
export function coverageHours(
  shifts: readonly Shift[],
  from: number,
  to: number,
  utcOffsetMinutes: number,
): CoverageHour[] {
  const hours: CoverageHour[] = [];
  if (!(to > from)) return hours;
  const sorted = [...shifts].sort((a, b) => a.start - b.start);
  for (let h = hourStart(from, utcOffsetMinutes); h < to; h += HOUR) {
    const end = h + HOUR;
    const ids = new Set<string>();
    // Walk the overlapping shifts in order of start, tracking how far the hour is covered without a break.
    let reach = h;
    let coveredMs = 0;
    for (const s of sorted) {
      if (s.start >= end) break;
      if (s.end <= h) continue;
      ids.add(s.agentId);
      const a = Math.max(s.start, reach);
      const b = Math.min(s.end, end);
      if (b > a) {
        coveredMs += b - a;
        reach = b;
      }
    }
    hours.push({
      start: h,
      agentIds: [...ids].sort(compare),
      covered: coveredMs >= HOUR ? 'full' : coveredMs > 0 ? 'partial' : 'none',
    });
  }
  return hours;
}

export interface TimeRange {
  start: number;
  end: number;
}

/** The hours not fully covered, adjacent ones merged into one range. */
export function gapRanges(hours: readonly CoverageHour[]): TimeRange[] {
  const gaps: TimeRange[] = [];
  for (const hour of hours) {
    if (hour.covered === 'full') continue;
    const last = gaps.at(-1);
    if (last && last.end === hour.start) last.end = hour.start + HOUR;
    else gaps.push({ start: hour.start, end: hour.start + HOUR });
  }
  return gaps;
}
