// Every end-to-end desk runs on the host's test clock from one fixed instant, never on the wall clock, so
// that what the tests expect (a case number's year, today's weekday) holds on any date. SHIFTDESK_E2E_START
// moves that instant (e.g. past 1 January 2027) to show that nothing in the suite reads the wall clock.
import { formatCaseNumber } from '../../core/case-number';
import { DAY, HOUR } from '../../core/time';

/** Monday 09:00 in Shanghai, over 90 days into the year: all the demo desk's 90 days of cases have its year. */
export const DESK_START = process.env.SHIFTDESK_E2E_START ?? '2026-06-01T09:00:00+08:00';

const CHINA_OFFSET_MS = 8 * HOUR;

/** The start as a calendar date in China Standard Time (read with the UTC getters). */
const startInChina = (offsetDays: number) =>
  new Date(Date.parse(DESK_START) + CHINA_OFFSET_MS + offsetDays * DAY);

/** A case number of the start's year, as the desk numbers its cases. */
export const caseNumber = (sequence: number) => formatCaseNumber(startInChina(0).getUTCFullYear(), sequence);

/** The ISO weekday (1 = Monday) in China Standard Time, `offsetDays` after the start. */
export const weekdayInChina = (offsetDays = 0) => {
  const day = startInChina(offsetDays).getUTCDay();
  return day === 0 ? 7 : day;
};

/** The day `offsetDays` after the start, as YYYY-MM-DD in China Standard Time. */
export const dayInChina = (offsetDays = 0) => startInChina(offsetDays).toISOString().slice(0, 10);

/** How many days the month of that day has. */
export const daysInMonthInChina = (offsetDays = 0) => {
  const day = startInChina(offsetDays);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
};

/** The ISO week of that day (Monday first; week 1 holds the year's first Thursday), as the reports number it. */
export const isoWeekInChina = (offsetDays: number) => {
  const day = startInChina(offsetDays);
  const isoWeekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  // The Thursday of the day's week decides the week's year and number.
  const thursday = new Date(day.getTime() + (4 - isoWeekday) * DAY);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
};
