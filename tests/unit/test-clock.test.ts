import { describe, expect, it } from 'vitest';
import { advanceBy, apiLatencyOf, testClock } from '../../electron/web/test-clock';

describe('the test clock of browser mode', () => {
  it.each([
    ['2026-03-02T09:00:00+08:00', '2026-03-02T01:00:00Z', 1_500, 61 * 60_000],
    ['2027-06-07T09:00:00+08:00', '2027-06-07T01:00:00Z', 500, 60_000],
  ])('starts at %s, runs on in real time and moves forward on request', (instant, utc, ran, step) => {
    let real = 1_000;
    const clock = testClock(instant, () => real);
    const start = Date.parse(utc);
    expect(clock.now()).toBe(start);
    real += ran;
    expect(clock.now()).toBe(start + ran);
    expect(clock.advance(step)).toBe(start + ran + step);
    expect(() => clock.advance(-1)).toThrow(/advanceMs/);
  });

  it('starts only at an ISO date-time, and moves by the milliseconds a request names', () => {
    expect(() => testClock('next monday')).toThrow(/ISO/);
    expect(advanceBy({ advanceMs: 5 })).toBe(5);
    expect(() => advanceBy({ advanceMs: '5' })).toThrow();
  });

  it('takes an API latency only beside itself, in whole milliseconds', () => {
    expect(apiLatencyOf(undefined, false)).toBe(0);
    expect(apiLatencyOf('40', true)).toBe(40);
    expect(() => apiLatencyOf('40', false)).toThrow(/--test-clock/);
    expect(() => apiLatencyOf('fast', true)).toThrow(/milliseconds/);
    expect(() => apiLatencyOf('-5', true)).toThrow(/milliseconds/);
  });
});
