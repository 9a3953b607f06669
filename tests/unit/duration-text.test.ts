import { describe, expect, it } from 'vitest';
import { formatCountdown, formatWait } from '../../core/duration-text';
import { DAY, HOUR, MINUTE, SECOND } from '../../core/time';

const t = (key: string, o: Record<string, string | number>) =>
  `${key.split('.').pop()}:${Object.values(o).join('/')}`;

describe('formatCountdown', () => {
  it('reads days and hours, hours and padded minutes, minutes and padded seconds, or seconds', () => {
    expect(formatCountdown(t, 2 * DAY + 3 * HOUR + 59 * MINUTE)).toBe('days:2/3');
    expect(formatCountdown(t, HOUR + 5 * MINUTE)).toBe('hours:1/05');
    expect(formatCountdown(t, 4 * MINUTE + 7 * SECOND)).toBe('minutes:4/07');
    expect(formatCountdown(t, 42 * SECOND + 500)).toBe('seconds:42');
  });

  it('reads an overdue time by its absolute value', () => {
    expect(formatCountdown(t, -(3 * MINUTE + 20 * SECOND))).toBe('minutes:3/20');
  });
});

describe('formatWait', () => {
  it('reads to the minute and never below zero', () => {
    expect(formatWait(t, DAY + 12 * HOUR + 59 * SECOND)).toBe('days:1/12');
    expect(formatWait(t, 2 * HOUR + 5 * MINUTE)).toBe('hours:2/5');
    expect(formatWait(t, -5)).toBe('minutes:0');
  });
});
