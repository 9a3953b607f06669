// The desk's local time: a fixed offset from UTC (China keeps no daylight saving time), so local dates and
// clock times are plain UTC-millisecond arithmetic with that offset: no Date time zone, no clock.
import { DAY, HOUR, MINUTE, MINUTES_PER_HOUR } from './time';

/** China Standard Time, UTC+08:00. */
export const DEFAULT_UTC_OFFSET_MINUTES = 480;
/** UTC-12:00 to UTC+14:00, in quarter hours (every offset in use is a multiple of 15 minutes). */
export const MIN_UTC_OFFSET_MINUTES = -720;
export const MAX_UTC_OFFSET_MINUTES = 840;

/** ISO weekdays: 1 = Monday … 7 = Sunday (a Chinese week starts on Monday). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A calendar date in local time, `YYYY-MM-DD`. */
export type LocalDate = string;

// ---------------------------------------------------------------------------------------------- clock text

const HHMM = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight for `HH:MM` (00:00 to 24:00), or null for anything else. */
export function parseHhmm(text: string): number | null {
  const match = HHMM.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * MINUTES_PER_HOUR + minutes;
}

export function formatHhmm(minutes: number): string {
  const h = Math.floor(minutes / MINUTES_PER_HOUR);
  const m = minutes % MINUTES_PER_HOUR;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------- local dates

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Epoch ms of a local date's midnight as if it were UTC (the "local clock" time line). */
function clockMidnight(date: LocalDate): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const dateOfClock = (clockMs: number): LocalDate => new Date(clockMs).toISOString().slice(0, 10);

/** The local date at an instant. */
export function localDateOf(at: number, utcOffsetMinutes: number): LocalDate {
  return dateOfClock(at + utcOffsetMinutes * MINUTE);
}

/** The instant a local date begins. */
export function dayStart(date: LocalDate, utcOffsetMinutes: number): number {
  return clockMidnight(date) - utcOffsetMinutes * MINUTE;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfClock(clockMidnight(date) + days * DAY);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((clockMidnight(b) - clockMidnight(a)) / DAY);
}

export function weekdayOf(date: LocalDate): Weekday {
  const day = new Date(clockMidnight(date)).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** The start of the local hour an instant falls in (offsets such as +05:30 shift the hour marks too). */
export function hourStart(at: number, utcOffsetMinutes: number): number {
  const clock = at + utcOffsetMinutes * MINUTE;
  return clock - mod(clock, HOUR) - utcOffsetMinutes * MINUTE;
}

/** The local hour (0–23) an instant falls in. */
export function localHourOf(at: number, utcOffsetMinutes: number): number {
  return Math.floor(mod(at + utcOffsetMinutes * MINUTE, DAY) / HOUR);
}

/** The local clock time (HH:MM) at an instant. */
export function localTimeOf(at: number, utcOffsetMinutes: number): string {
  return formatHhmm(Math.floor(mod(at + utcOffsetMinutes * MINUTE, DAY) / MINUTE));
}

/** `+08:00` for 480 minutes. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${formatHhmm(Math.abs(minutes))}`;
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/**
 * The ISO week a date falls in: weeks from Monday, week 1 holding the year's first Thursday, so the first or
 * last days of a calendar year may belong to the week of the year next to it (the week's year is given).
 */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}
