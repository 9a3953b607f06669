import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { Clock } from '../../core/sla';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A length of time as a countdown reads it: days and hours, hours and minutes, or (inside the last hour,
 * where every second counts) minutes and seconds. Always of the absolute value; callers say "left" or "over".
 */
export function formatDuration(t: TFunction, ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= DAY) {
    return t('sla.duration.days', { d: Math.floor(abs / DAY), h: Math.floor((abs % DAY) / HOUR) });
  }
  if (abs >= HOUR) {
    const m = String(Math.floor((abs % HOUR) / MINUTE)).padStart(2, '0');
    return t('sla.duration.hours', { h: Math.floor(abs / HOUR), m });
  }
  if (abs >= MINUTE) {
    const s = String(Math.floor((abs % MINUTE) / SECOND)).padStart(2, '0');
    return t('sla.duration.minutes', { m: Math.floor(abs / MINUTE), s });
  }
  return t('sla.duration.seconds', { s: Math.floor(abs / SECOND) });
}

/** "2 小时", "30 分钟", "1 小时 30 分钟": a target as the policy states it. */
export function formatTarget(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('sla.target.minutes', { m });
  return m === 0 ? t('sla.target.hours', { h }) : t('sla.target.hoursMinutes', { h, m });
}

/** "剩余 1 小时 05 分" or "已超时 3 分 20 秒". */
export function formatRemaining(t: TFunction, ms: number): string {
  const duration = formatDuration(t, ms);
  return ms < 0 ? t('sla.remaining.overdue', { duration }) : t('sla.remaining.left', { duration });
}

/** How a time left reads: red once overdue, amber within the last hour. */
export function remainingTone(ms: number): 'danger' | 'warning' | undefined {
  return ms < 0 ? 'danger' : ms < HOUR ? 'warning' : undefined;
}

export type LiveState = 'running' | 'paused' | 'met' | 'breached';

export interface LiveClock {
  state: LiveState;
  /** Time left (negative: overdue); null for a finished clock. */
  remainingMs: number | null;
  dueAt: number | null;
  metAt: number | null;
  /** Met, but after its target. */
  late: boolean;
}

/**
 * A clock as of `now`, from the service's reading: a running clock counts down to its due time on the
 * local (service-synchronized) clock and turns breached the moment it passes it, without a round trip.
 */
export function liveClock(clock: Clock, now: number): LiveClock {
  if (clock.metAt !== null) {
    return {
      state: 'met',
      remainingMs: null,
      dueAt: null,
      metAt: clock.metAt,
      late: clock.state === 'breached',
    };
  }
  if (clock.dueAt !== null) {
    const remainingMs = clock.dueAt - now;
    return {
      state: remainingMs < 0 ? 'breached' : 'running',
      remainingMs,
      dueAt: clock.dueAt,
      metAt: null,
      late: false,
    };
  }
  return {
    state: clock.remainingMs < 0 ? 'breached' : 'paused',
    remainingMs: clock.remainingMs,
    dueAt: null,
    metAt: null,
    late: false,
  };
}

/** A due time as the desk says it: "14:05" today, "01-06 14:05" on another day (local time). */
export function formatDueTime(ms: number, now: number): string {
  const d = dayjs(ms);
  return d.isSame(now, 'day') ? d.format('HH:mm') : d.format('MM-DD HH:mm');
}
