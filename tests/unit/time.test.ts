import { describe, expect, it } from 'vitest';
import { DAY, durationParts, HOUR, MINUTE, MINUTES_PER_DAY, SECOND, WEEK } from '../../core/time';

describe('time constants', () => {
  it('count milliseconds on a 24x7 calendar', () => {
    expect([SECOND, MINUTE, HOUR, DAY, WEEK]).toEqual([1_000, 60_000, 3_600_000, 86_400_000, 604_800_000]);
    expect(MINUTES_PER_DAY).toBe(1_440);
  });
});

describe('durationParts', () => {
  it('splits a length into days, hours, minutes and seconds', () => {
    expect(durationParts(2 * DAY + 3 * HOUR + 4 * MINUTE + 5 * SECOND + 999)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    });
  });

  it('reads the absolute value of an overdue (negative) length', () => {
    expect(durationParts(-(HOUR + 30 * SECOND))).toEqual({ days: 0, hours: 1, minutes: 0, seconds: 30 });
  });
});
