import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import utc from 'dayjs/plugin/utc';
import type { Language } from '../../core/domain';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../core/local-time';
import { MINUTE } from '../../core/time';

dayjs.extend(utc);

/**
 * The desk's time zone (the roster's, UTC+8 unless the desk set another), as the service last said it.
 * Every time on screen is in it, whatever the workstation's own zone: a case's times, the roster and the
 * reports never disagree.
 */
let deskUtcOffsetMinutes = DEFAULT_UTC_OFFSET_MINUTES;

export function setDeskUtcOffset(minutes: number): void {
  deskUtcOffsetMinutes = minutes;
}

/** Minutes east of UTC of the desk's zone, for what cuts time at its midnight (reports, `created:` days). */
export const deskUtcOffset = (): number => deskUtcOffsetMinutes;

/** An instant as a dayjs in the desk's zone, for formatting. */
export const deskTime = (ms: number) => dayjs(ms).utcOffset(deskUtcOffsetMinutes);

/**
 * An instant as a date picker's value. antd's pickers work in the browser's zone, so the value is the
 * browser-zone moment whose date and time read as the desk's wall clock at that instant.
 */
export const pickerValue = (ms: number): Dayjs => dayjs(deskTime(ms).format('YYYY-MM-DDTHH:mm:ss.SSS'));

/** The instant a picker's value stands for: its date and time read on the desk's wall clock. */
export const pickedInstant = (value: Dayjs): number =>
  Date.UTC(
    value.year(),
    value.month(),
    value.date(),
    value.hour(),
    value.minute(),
    value.second(),
    value.millisecond(),
  ) -
  deskUtcOffsetMinutes * MINUTE;

/** Stored as UTC epoch ms, shown in the desk's time zone. */
export const formatDateTime = (ms: number) => deskTime(ms).format('YYYY-MM-DD HH:mm');

export function setDateLocale(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}
