// The clock browser mode runs on under `--test-clock <ISO start>`: it starts at the given instant and runs
// on in real time (so that countdowns tick as they would), and a test moves it forward at will instead of
// sleeping. Only the end-to-end tests start a host with it.
export interface TestClock {
  now(): number;
  /** Moves the clock forward; returns the new time. */
  advance(ms: number): number;
}

export function testClock(startIso: string, realNow: () => number = Date.now): TestClock {
  const start = Date.parse(startIso);
  if (Number.isNaN(start)) throw new Error(`--test-clock needs an ISO date and time, not "${startIso}"`);
  let offset = start - realNow();
  return {
    now: () => realNow() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error('advanceMs must be a number of milliseconds ≥ 0');
      offset += ms;
      return realNow() + offset;
    },
  };
}

/** The body of `POST /test/clock`: `{ "advanceMs": 3660000 }`. */
export function advanceBy(input: unknown): number {
  const ms = (input as { advanceMs?: unknown } | null)?.advanceMs;
  if (typeof ms !== 'number') throw new Error('expected { advanceMs: number }');
  return ms;
}

/** `--api-latency <ms>` (only beside `--test-clock`): how late the host answers each API call. */
export function apiLatencyOf(value: string | undefined, onTestClock: boolean): number {
  if (value === undefined) return 0;
  const ms = Number(value);
  if (!onTestClock) throw new Error('--api-latency is for tests: it needs --test-clock');
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`--api-latency needs milliseconds ≥ 0, not "${value}"`);
  return ms;
}
