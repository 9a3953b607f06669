// Lengths of time as the desk reads them, in the words of the i18n resources. Pure: the caller passes its
// translate function.
import { durationParts } from './time';

type Translate<Value> = (key: string, options: Record<string, Value>) => string;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A countdown: days and hours, hours and minutes, or (inside the last hour, where every second counts)
 * minutes and seconds. Of the absolute value; callers say "left" or "over".
 */
export function formatCountdown(t: Translate<string | number>, ms: number): string {
  const { days, hours, minutes, seconds } = durationParts(ms);
  if (days > 0) return t('sla.duration.days', { d: days, h: hours });
  if (hours > 0) return t('sla.duration.hours', { h: hours, m: twoDigits(minutes) });
  if (minutes > 0) return t('sla.duration.minutes', { m: minutes, s: twoDigits(seconds) });
  return t('sla.duration.seconds', { s: seconds });
}

/** A wait, to the minute: days and hours, hours and minutes, or minutes; nothing below zero. */
export function formatWait(t: Translate<number>, ms: number): string {
  const { days, hours, minutes } = durationParts(Math.max(0, ms));
  if (days > 0) return t('escalationReport.duration.days', { days, hours });
  if (hours > 0) return t('escalationReport.duration.hours', { hours, minutes });
  return t('escalationReport.duration.minutes', { minutes });
}
