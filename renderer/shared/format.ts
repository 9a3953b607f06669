import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import utc from 'dayjs/plugin/utc';
import type { Language } from '../../core/domain';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../core/local-time';

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

/** Minutes east of UTC of the desk's zone, for reports that cut time at its midnight. */
export const deskUtcOffset = () => deskUtcOffsetMinutes;

/** An instant as a dayjs in the desk's zone, for formatting. */
export const deskTime = (ms: number) => dayjs(ms).utcOffset(deskUtcOffsetMinutes);

/** Stored as UTC epoch ms, shown in the desk's time zone. */
export const formatDateTime = (ms: number) => deskTime(ms).format('YYYY-MM-DD HH:mm');

export function setDateLocale(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}
