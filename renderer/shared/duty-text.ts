import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../core/errors';
import { dayStart, localDateOf, localTimeOf, weekdayOf, type LocalDate } from '../../core/local-time';
import { DAY } from '../../core/time';
import { ApiCallError } from '../lib/api';
import { formErrors } from './form-issues';

/** "3月2日 周一" / "Mon 3/2": a roster date as the agent reads it. */
export function dayLabel(t: TFunction, date: LocalDate): string {
  const [, m, d] = date.split('-').map(Number);
  return t('duty.dayLabel', { month: m, day: d, weekday: t(`duty.weekdays.${weekdayOf(date)}`) });
}

/** An instant at the roster's offset: "3月2日 周一 20:00". */
export function instantLabel(t: TFunction, at: number, utcOffsetMinutes: number): string {
  return `${dayLabel(t, localDateOf(at, utcOffsetMinutes))} ${localTimeOf(at, utcOffsetMinutes)}`;
}

/** When a shift starts: the time alone within the next 24 hours, else with its day. */
export function startLabel(t: TFunction, at: number, now: number, utcOffsetMinutes: number): string {
  return at - now < DAY ? localTimeOf(at, utcOffsetMinutes) : instantLabel(t, at, utcOffsetMinutes);
}

/** A gap (or any span) at the roster's offset; the end is the time alone when it ends the same day. */
export function rangeLabel(t: TFunction, start: number, end: number, utcOffsetMinutes: number): string {
  const sameDay = end - dayStart(localDateOf(start, utcOffsetMinutes), utcOffsetMinutes) <= DAY;
  const endTime = localTimeOf(end, utcOffsetMinutes);
  const to = sameDay ? (endTime === '00:00' ? '24:00' : endTime) : instantLabel(t, end, utcOffsetMinutes);
  return `${instantLabel(t, start, utcOffsetMinutes)} – ${to}`;
}

/** A start–end span of a shift, marking one that ends the next day. */
export function spanLabel(t: TFunction, start: string, end: string): string {
  // 00:00 as an end is the midnight that closes the day.
  if (end === '00:00' || end === '24:00') return `${start}–24:00`;
  return end <= start ? t('duty.overnight', { start, end }) : `${start}–${end}`;
}

/**
 * The words for a refused call: the service's own reason when it gave one (a `duty.`, `handover.` or
 * `validation.` key the UI knows), else `fallback`, else the error code's text.
 */
export function refusalText(
  t: TFunction,
  error: unknown,
  exists: (key: string) => boolean,
  fallback?: string,
): string {
  if (!(error instanceof ApiCallError)) return t('errors.INTERNAL');
  const issue = error.issues.find((i) => exists(i.message));
  return issue ? t(issue.message) : (fallback ?? t(`errors.${error.code}`));
}

const invalid = (key: string) => ({ 'validation.invalid': key });
const ROSTER_SPECIFIC: Partial<Record<string, Record<string, string>>> = {
  start: invalid('duty.issues.time'),
  end: invalid('duty.issues.time'),
  date: invalid('duty.issues.date'),
  fromDate: invalid('duty.issues.date'),
  toDate: invalid('duty.issues.date'),
  pin: invalid('duty.issues.pinFormat'),
};

/**
 * Field issues as antd form errors, worded for the roster: a generic "invalid" on a time or date field says
 * what shape is expected.
 */
export function fieldErrors<Name extends string>(
  issues: readonly FieldIssue[],
  fields: readonly Name[],
  t: TFunction,
): { name: Name; errors: string[] }[] {
  return formErrors(issues, fields, t, ROSTER_SPECIFIC);
}
