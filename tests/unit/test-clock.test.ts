import { describe, expect, it } from 'vitest';
import { apiLatencyOf, testClock } from '../../electron/web/test-clock';

describe('the test clock of browser mode', () => {
  it('starts at the given instant, runs on in real time and moves forward on request', () => {
    let real = 1_000;
    const clock = testClock('2027-06-07T09:00:00+08:00', () => real);
    const start = Date.parse('2027-06-07T01:00:00Z');
    expect(clock.now()).toBe(start);
    real += 500;
    expect(clock.now()).toBe(start + 500);
    expect(clock.advance(60_000)).toBe(start + 60_500);
    expect(() => clock.advance(-1)).toThrow();
  });

  it('takes an API latency only beside itself, in whole milliseconds', () => {
    expect(apiLatencyOf(undefined, false)).toBe(0);
    expect(apiLatencyOf('40', true)).toBe(40);
    expect(() => apiLatencyOf('40', false)).toThrow(/--test-clock/);
    expect(() => apiLatencyOf('fast', true)).toThrow(/milliseconds/);
    expect(() => apiLatencyOf('-5', true)).toThrow(/milliseconds/);
  });
});
