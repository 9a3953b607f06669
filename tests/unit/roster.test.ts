import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  dayStart,
  formatHhmm,
  hourStart,
  isLocalDate,
  localDateOf,
  localHourOf,
  parseHhmm,
  weekdayOf,
  type Weekday,
} from '../../core/local-time';
import {
  coverageHours,
  gapRanges,
  nextShiftAfter,
  onDutyAt,
  shiftsBetween,
  shiftSpan,
  type PatternShift,
  type RosterException,
  type RosterPlan,
} from '../../core/roster';
import { DAY, HOUR, MINUTE } from '../../core/time';

const CST = 480;
/** An instant in China Standard Time. */
const at = (date: string, hhmm: string, offset = CST) => dayStart(date, offset) + parseHhmm(hhmm)! * MINUTE;
const MON = '2026-03-02';
const TUE = '2026-03-03';
const WED = '2026-03-04';
const SUN = '2026-03-08';
const NEXT_MON = '2026-03-09';

let seq = 0;
const row = (weekday: Weekday, start: string, end: string, agentId: string): PatternShift => ({
  id: `p${String(++seq).padStart(4, '0')}`,
  weekday,
  start,
  end,
  agentId,
});
const everyDay = (start: string, end: string, agentId: string) =>
  ([1, 2, 3, 4, 5, 6, 7] as const).map((d) => row(d, start, end, agentId));
const plan = (
  pattern: PatternShift[],
  exceptions: RosterException[] = [],
  utcOffsetMinutes = CST,
): RosterPlan => ({
  pattern,
  exceptions,
  utcOffsetMinutes,
});
const leave = (id: string, agentId: string, fromDate: string, toDate: string): RosterException => ({
  id,
  kind: 'leave',
  agentId,
  fromDate,
  toDate,
  note: '',
});
const swap = (id: string, agentId: string, coverAgentId: string, date: string): RosterException => ({
  id,
  kind: 'swap',
  agentId,
  coverAgentId,
  date,
  note: '',
});
const extra = (id: string, agentId: string, date: string, start: string, end: string): RosterException => ({
  id,
  kind: 'extra',
  agentId,
  date,
  start,
  end,
  note: '',
});

/** Coverage and gaps over [from, to), as local "date HH:MM" text for readable failures. */
function gapsOf(p: RosterPlan, from: number, to: number): string[][] {
  const hours = coverageHours(shiftsBetween(p, from, to), from, to, p.utcOffsetMinutes);
  return gapRanges(hours).map((g) => [local(g.start, p.utcOffsetMinutes), local(g.end, p.utcOffsetMinutes)]);
}
const local = (ms: number, offset = CST) =>
  `${localDateOf(ms, offset)} ${formatHhmm(((((ms + offset * MINUTE) % DAY) + DAY) % DAY) / MINUTE)}`;

describe('clock times', () => {
  it('parses HH:MM from 00:00 to 24:00 and nothing else', () => {
    expect(parseHhmm('00:00')).toBe(0);
    expect(parseHhmm('08:30')).toBe(510);
    expect(parseHhmm(' 23:59 ')).toBe(1439);
    expect(parseHhmm('24:00')).toBe(1440);
    for (const bad of ['24:01', '7:00', '12:60', '12-00', '', 'ab:cd', '123:00', '25:00']) {
      expect(parseHhmm(bad), bad).toBeNull();
    }
    expect(formatHhmm(0)).toBe('00:00');
    expect(formatHhmm(1440)).toBe('24:00');
    expect(formatHhmm(545)).toBe('09:05');
  });

  it('reads an end at or before the start as the next day, and refuses empty shifts', () => {
    expect(shiftSpan('08:00', '16:00')).toEqual({ start: 480, end: 960 });
    expect(shiftSpan('22:00', '06:00')).toEqual({ start: 1320, end: 1440 + 360 });
    expect(shiftSpan('16:00', '00:00')).toEqual({ start: 960, end: 1440 });
    expect(shiftSpan('16:00', '24:00')).toEqual({ start: 960, end: 1440 });
    expect(shiftSpan('00:00', '24:00')).toEqual({ start: 0, end: 1440 });
    expect(shiftSpan('08:00', '08:00')).toBeNull();
    expect(shiftSpan('00:00', '00:00')).toBeNull();
    expect(shiftSpan('24:00', '06:00')).toBeNull();
    expect(shiftSpan('8:00', '16:00')).toBeNull();
  });
});

describe('local dates with a fixed offset', () => {
  it('knows real calendar dates', () => {
    expect(isLocalDate('2026-03-02')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-3-2')).toBe(false);
  });

  it('places local midnight at the offset, on both sides of the date line', () => {
    expect(dayStart(MON, CST)).toBe(Date.UTC(2026, 2, 1, 16, 0));
    expect(localDateOf(Date.UTC(2026, 2, 1, 15, 59), CST)).toBe('2026-03-01');
    expect(localDateOf(Date.UTC(2026, 2, 1, 16, 0), CST)).toBe(MON);
    expect(dayStart(MON, -300)).toBe(Date.UTC(2026, 2, 2, 5, 0));
    expect(localHourOf(Date.UTC(2026, 2, 1, 16, 30), CST)).toBe(0);
  });

  it('counts weekdays from Monday and days across months and years', () => {
    expect(weekdayOf(MON)).toBe(1);
    expect(weekdayOf(SUN)).toBe(7);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays(MON, -1)).toBe('2026-03-01');
    expect(daysBetween(MON, NEXT_MON)).toBe(7);
    expect(daysBetween(NEXT_MON, MON)).toBe(-7);
  });

  it('aligns hours to local hour marks, also for half-hour offsets', () => {
    const t = Date.UTC(2026, 2, 2, 10, 47);
    expect(hourStart(t, CST)).toBe(Date.UTC(2026, 2, 2, 10, 0));
    // India (+05:30): local hours start at half past the UTC hour.
    expect(hourStart(t, 330)).toBe(Date.UTC(2026, 2, 2, 10, 30));
    expect(hourStart(Date.UTC(2026, 2, 2, 10, 29), 330)).toBe(Date.UTC(2026, 2, 2, 9, 30));
  });
});

describe('an empty roster', () => {
  const empty = plan([]);

  it('is one gap from start to end', () => {
    const from = at(MON, '00:00');
    expect(gapsOf(empty, from, from + 30 * DAY)).toEqual([['2026-03-02 00:00', '2026-04-01 00:00']]);
    const hours = coverageHours([], from, from + DAY, CST);
    expect(hours).toHaveLength(24);
    expect(hours.every((h) => h.covered === 'none' && h.agentIds.length === 0)).toBe(true);
  });

  it('has nobody on duty and nobody next', () => {
    expect(onDutyAt(shiftsBetween(empty, at(MON, '09:00'), at(MON, '09:01')), at(MON, '09:00'))).toEqual([]);
    expect(nextShiftAfter(empty, at(MON, '09:00'))).toBeNull();
  });
});

describe('expanding the weekly pattern', () => {
  it('gives each weekday its rows, at local times', () => {
    const p = plan([row(1, '08:00', '16:00', 'a'), row(3, '09:00', '17:00', 'b')]);
    const shifts = shiftsBetween(p, at(MON, '00:00'), at(NEXT_MON, '00:00'));
    expect(shifts.map((s) => [s.agentId, local(s.start), local(s.end)])).toEqual([
      ['a', '2026-03-02 08:00', '2026-03-02 16:00'],
      ['b', '2026-03-04 09:00', '2026-03-04 17:00'],
    ]);
    expect(shifts.every((s) => s.source === 'pattern')).toBe(true);
  });

  it('leaves gaps across midnight where the night shift stops early', () => {
    const p = plan([...everyDay('08:00', '20:00', 'day'), ...everyDay('20:00', '02:00', 'night')]);
    expect(gapsOf(p, at(MON, '00:00'), at(WED, '00:00'))).toEqual([
      ['2026-03-02 02:00', '2026-03-02 08:00'],
      ['2026-03-03 02:00', '2026-03-03 08:00'],
    ]);
    // Monday's night shift covers the first hours of Tuesday.
    const hours = coverageHours(
      shiftsBetween(p, at(TUE, '00:00'), at(TUE, '02:00')),
      at(TUE, '00:00'),
      at(TUE, '02:00'),
      CST,
    );
    expect(hours.map((h) => [h.covered, h.agentIds])).toEqual([
      ['full', ['night']],
      ['full', ['night']],
    ]);
  });

  it('carries Sunday night over the week boundary into Monday', () => {
    const p = plan([row(7, '22:00', '06:00', 'sun-night'), row(1, '06:00', '22:00', 'mon')]);
    const from = at(NEXT_MON, '00:00');
    const shifts = shiftsBetween(p, from, at(NEXT_MON, '23:00'));
    expect(shifts.map((s) => [s.agentId, s.date, local(s.start), local(s.end)])).toEqual([
      ['sun-night', SUN, '2026-03-08 22:00', '2026-03-09 06:00'],
      ['mon', NEXT_MON, '2026-03-09 06:00', '2026-03-09 22:00'],
    ]);
    expect(gapsOf(p, from, at(NEXT_MON, '23:00'))).toEqual([['2026-03-09 22:00', '2026-03-09 23:00']]);
    // From Sunday noon: the gap runs from noon until the night shift, then none until Monday 22:00.
    expect(gapsOf(p, at(SUN, '12:00'), at(NEXT_MON, '22:00'))).toEqual([
      ['2026-03-08 12:00', '2026-03-08 22:00'],
    ]);
  });

  it('covers every hour of a month with three shifts a day, every day', () => {
    const p = plan([
      ...everyDay('00:00', '08:00', 'a'),
      ...everyDay('08:00', '16:00', 'b'),
      ...everyDay('16:00', '24:00', 'c'),
    ]);
    const from = at(MON, '00:00');
    const hours = coverageHours(shiftsBetween(p, from, from + 30 * DAY), from, from + 30 * DAY, CST);
    expect(hours).toHaveLength(720);
    expect(gapRanges(hours)).toEqual([]);
    expect(hours.every((h) => h.agentIds.length === 1)).toBe(true);
  });

  it('marks an hour only partly covered as a gap', () => {
    const p = plan([row(1, '08:00', '08:30', 'a'), row(1, '09:00', '10:00', 'b')]);
    const hours = coverageHours(
      shiftsBetween(p, at(MON, '08:00'), at(MON, '10:00')),
      at(MON, '08:00'),
      at(MON, '10:00'),
      CST,
    );
    expect(hours.map((h) => h.covered)).toEqual(['partial', 'full']);
    expect(gapsOf(p, at(MON, '07:00'), at(MON, '10:00'))).toEqual([['2026-03-02 07:00', '2026-03-02 09:00']]);
  });

  it('counts overlapping shifts once, and lists everyone in the overlap', () => {
    const p = plan([
      row(1, '08:00', '16:00', 'a'),
      row(1, '12:00', '20:00', 'b'),
      row(1, '08:15', '08:45', 'c'),
    ]);
    const hours = coverageHours(
      shiftsBetween(p, at(MON, '08:00'), at(MON, '20:00')),
      at(MON, '08:00'),
      at(MON, '20:00'),
      CST,
    );
    expect(hours.every((h) => h.covered === 'full')).toBe(true);
    expect(hours[0]!.agentIds).toEqual(['a', 'c']);
    expect(hours[4]!.agentIds).toEqual(['a', 'b']);
    expect(hours[8]!.agentIds).toEqual(['b']);
    // Two half-covering shifts that overlap still leave part of the hour uncovered.
    const q = plan([row(1, '08:00', '08:30', 'a'), row(1, '08:15', '08:45', 'b')]);
    const [h] = coverageHours(
      shiftsBetween(q, at(MON, '08:00'), at(MON, '09:00')),
      at(MON, '08:00'),
      at(MON, '09:00'),
      CST,
    );
    expect(h!.covered).toBe('partial');
  });
});

describe('exceptions', () => {
  const base = () => [...everyDay('08:00', '20:00', 'a'), ...everyDay('20:00', '08:00', 'b')];

  it('leave that removes the only agent opens a gap on those dates only', () => {
    const p = plan(base(), [leave('x1', 'a', TUE, TUE)]);
    expect(gapsOf(p, at(MON, '00:00'), at(WED, '23:00'))).toEqual([['2026-03-03 08:00', '2026-03-03 20:00']]);
  });

  it('applies leave by the date a shift starts: the night before stays, the last night goes', () => {
    const p = plan(base(), [leave('x1', 'b', TUE, WED)]);
    const shifts = shiftsBetween(p, at(MON, '00:00'), at('2026-03-05', '12:00'));
    const nights = shifts.filter((s) => s.agentId === 'b').map((s) => s.date);
    expect(nights).toEqual(['2026-03-01', MON]);
    expect(gapsOf(p, at(MON, '00:00'), at('2026-03-05', '12:00'))).toEqual([
      ['2026-03-03 20:00', '2026-03-04 08:00'],
      ['2026-03-04 20:00', '2026-03-05 08:00'],
    ]);
  });

  it('a swap hands the shift to the covering agent and keeps coverage, even through the leave it covers', () => {
    const p = plan(base(), [leave('x1', 'a', TUE, TUE), swap('x2', 'a', 'c', TUE)]);
    expect(gapsOf(p, at(MON, '00:00'), at(WED, '00:00'))).toEqual([]);
    const tuesday = shiftsBetween(p, at(TUE, '08:00'), at(TUE, '20:00')).filter(
      (s) => s.date === TUE && s.start === at(TUE, '08:00'),
    );
    expect(tuesday.map((s) => [s.agentId, s.swappedFrom])).toEqual([['c', 'a']]);
    expect(onDutyAt(shiftsBetween(p, at(TUE, '12:00'), at(TUE, '12:01')), at(TUE, '12:00'))).toEqual(['c']);
  });

  it('a swap touches only its date and its agent', () => {
    const p = plan(base(), [swap('x1', 'a', 'c', TUE)]);
    const who = (d: string, t: string) => onDutyAt(shiftsBetween(p, at(d, t), at(d, t) + 1), at(d, t));
    expect(who(MON, '12:00')).toEqual(['a']);
    expect(who(TUE, '12:00')).toEqual(['c']);
    expect(who(TUE, '22:00')).toEqual(['b']);
    expect(who(WED, '12:00')).toEqual(['a']);
  });

  it('chains swaps in the order they were made', () => {
    const p = plan(base(), [swap('x1', 'a', 'c', TUE), swap('x2', 'c', 'd', TUE)]);
    expect(onDutyAt(shiftsBetween(p, at(TUE, '12:00'), at(TUE, '12:01')), at(TUE, '12:00'))).toEqual(['d']);
  });

  it('a covering agent on leave opens the gap again', () => {
    const p = plan(base(), [swap('x1', 'a', 'c', TUE), leave('x2', 'c', TUE, TUE)]);
    expect(gapsOf(p, at(TUE, '00:00'), at(WED, '00:00'))).toEqual([['2026-03-03 08:00', '2026-03-03 20:00']]);
  });

  it('an extra shift fills a gap, also overnight', () => {
    const gappy = [...everyDay('08:00', '20:00', 'a')];
    expect(gapsOf(plan(gappy), at(TUE, '00:00'), at(WED, '00:00'))).toEqual([
      ['2026-03-03 00:00', '2026-03-03 08:00'],
      ['2026-03-03 20:00', '2026-03-04 00:00'],
    ]);
    const p = plan(gappy, [extra('x1', 'e', MON, '20:00', '08:00'), extra('x2', 'e', TUE, '20:00', '00:00')]);
    expect(gapsOf(p, at(TUE, '00:00'), at(WED, '00:00'))).toEqual([]);
    const shifts = shiftsBetween(p, at(TUE, '00:00'), at(WED, '00:00'));
    expect(
      shifts.filter((s) => s.source === 'extra').map((s) => [s.ruleId, local(s.start), local(s.end)]),
    ).toEqual([
      ['x1', '2026-03-02 20:00', '2026-03-03 08:00'],
      ['x2', '2026-03-03 20:00', '2026-03-04 00:00'],
    ]);
  });

  it('ignores exceptions outside the range', () => {
    const p = plan(base(), [
      leave('x1', 'a', '2026-04-01', '2026-04-03'),
      extra('x2', 'e', '2026-05-01', '08:00', '09:00'),
    ]);
    expect(gapsOf(p, at(MON, '00:00'), at(NEXT_MON, '00:00'))).toEqual([]);
    expect(shiftsBetween(p, at(MON, '00:00'), at(NEXT_MON, '00:00')).some((s) => s.agentId === 'e')).toBe(
      false,
    );
  });
});

describe('who is on duty, and who is next', () => {
  const p = plan([
    row(1, '08:00', '20:00', 'a'),
    row(1, '20:00', '08:00', 'b'),
    row(1, '12:00', '14:00', 'c'),
  ]);
  const who = (t: number) => onDutyAt(shiftsBetween(p, t, t + 1), t);

  it('counts a shift from its first minute up to, not including, its end', () => {
    expect(who(at(MON, '07:59'))).toEqual([]);
    expect(who(at(MON, '08:00'))).toEqual(['a']);
    expect(who(at(MON, '12:30'))).toEqual(['a', 'c']);
    expect(who(at(MON, '20:00'))).toEqual(['b']);
    expect(who(at(TUE, '07:59'))).toEqual(['b']);
    expect(who(at(TUE, '08:00'))).toEqual([]);
  });

  it('names the next shift to start, weeks ahead if need be', () => {
    expect(nextShiftAfter(p, at(MON, '09:00'))).toMatchObject({ agentId: 'c', start: at(MON, '12:00') });
    expect(nextShiftAfter(p, at(MON, '12:00'))).toMatchObject({ agentId: 'b', start: at(MON, '20:00') });
    expect(nextShiftAfter(p, at(TUE, '09:00'))).toMatchObject({ agentId: 'a', start: at(NEXT_MON, '08:00') });
  });

  it('skips a next shift whose agent is on leave', () => {
    const onLeave = plan([...p.pattern], [leave('x1', 'c', MON, MON)]);
    expect(nextShiftAfter(onLeave, at(MON, '09:00'))).toMatchObject({ agentId: 'b' });
  });
});

describe('purity', () => {
  it('never changes its inputs and answers the same twice', () => {
    const p = plan([row(1, '08:00', '20:00', 'a')], [swap('x1', 'a', 'c', MON)]);
    const before = JSON.stringify(p);
    const first = shiftsBetween(p, at(MON, '00:00'), at(TUE, '00:00'));
    const second = shiftsBetween(p, at(MON, '00:00'), at(TUE, '00:00'));
    expect(second).toEqual(first);
    expect(JSON.stringify(p)).toBe(before);
    expect(shiftsBetween(p, at(TUE, '00:00'), at(MON, '00:00'))).toEqual([]);
    expect(coverageHours(first, at(TUE, '00:00'), at(MON, '00:00'), CST)).toEqual([]);
  });

  it('works the same at other offsets', () => {
    const ist = 330;
    const p = plan([row(1, '09:00', '18:00', 'a')], [], ist);
    const from = dayStart(MON, ist);
    const hours = coverageHours(shiftsBetween(p, from, from + DAY), from, from + DAY, ist);
    expect(hours.filter((h) => h.covered === 'full').map((h) => localHourOf(h.start, ist))).toEqual([
      9, 10, 11, 12, 13, 14, 15, 16, 17,
    ]);
    expect(HOUR).toBe(3_600_000);
  });
});
