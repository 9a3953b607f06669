// Lengths of time in epoch milliseconds, as every clock of the desk counts them: a 24x7 calendar with no
// daylight saving time, so a day is always 24 hours.
export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

export const MINUTES_PER_HOUR = HOUR / MINUTE;
export const MINUTES_PER_DAY = DAY / MINUTE;

export interface DurationParts {
  days: number;
  /** 0–23, beyond the whole days. */
  hours: number;
  /** 0–59, beyond the whole hours. */
  minutes: number;
  /** 0–59, beyond the whole minutes. */
  seconds: number;
}

/** A length of time as whole days, hours, minutes and seconds, of its absolute value (callers say "left" or "over"). */
export function durationParts(ms: number): DurationParts {
  const abs = Math.abs(ms);
  return {
    days: Math.floor(abs / DAY),
    hours: Math.floor((abs % DAY) / HOUR),
    minutes: Math.floor((abs % HOUR) / MINUTE),
    seconds: Math.floor((abs % MINUTE) / SECOND),
  };
}
