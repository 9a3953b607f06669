import { deskTime } from './format';
import type { TFunction } from 'i18next';
import { formatCountdown } from '../../core/duration-text';
import type { Clock, ClockState } from '../../core/sla';
import { HOUR } from '../../core/time';

/** "2 小时", "30 分钟", "1 小时 30 分钟": a target as the policy states it. */
export function formatTarget(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('sla.target.minutes', { m });
  return m === 0 ? t('sla.target.hours', { h }) : t('sla.target.hoursMinutes', { h, m });
}

/** "剩余 1 小时 05 分" or "已超时 3 分 20 秒". */
export function formatRemaining(t: TFunction, ms: number): string {
  const duration = formatCountdown(t, ms);
  return ms < 0 ? t('sla.remaining.overdue', { duration }) : t('sla.remaining.left', { duration });
}

/** How a time left reads: red once overdue, amber within the last hour. */
export function remainingTone(ms: number): 'danger' | 'warning' | undefined {
  return ms < 0 ? 'danger' : ms < HOUR ? 'warning' : undefined;
}

export interface LiveClock {
  state: ClockState;
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
  const d = deskTime(ms);
  return d.format('YYYY-MM-DD') === deskTime(now).format('YYYY-MM-DD')
    ? d.format('HH:mm')
    : d.format('MM-DD HH:mm');
}
