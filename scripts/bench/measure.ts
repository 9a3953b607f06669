// Timing with percentiles, and the interleaved loop that times a service call and its bare baseline
// side by side, so that whatever noise the machine makes falls on both alike.

export interface Stats {
  runs: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return {
    runs: sorted.length,
    p50_ms: round(at(0.5)),
    p95_ms: round(at(0.95)),
    p99_ms: round(at(0.99)),
    max_ms: round(sorted.at(-1)!),
  };
}

/** Milliseconds one call of `fn` takes. */
export function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; `i` picks the variant. */
export function measure(runs: number, fn: (i: number) => void, warmup = Math.min(20, runs)): Stats {
  for (let i = 0; i < warmup; i++) fn(i);
  return stats(Array.from({ length: runs }, (_, i) => time(() => fn(i))));
}

export interface Paired {
  service: Stats;
  baseline: Stats;
}

/**
 * Times the service and its baseline in one loop: run i calls variant i mod n of both, the service first
 * on even runs and the baseline first on odd ones, so that neither always finds the caches warmed by the
 * other.
 */
export function interleaved(
  runs: number,
  service: (i: number) => void,
  baseline: (i: number) => void,
  warmup = Math.min(20, runs),
): Paired {
  for (let i = 0; i < warmup; i++) {
    service(i);
    baseline(i);
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      s.push(time(() => service(i)));
      b.push(time(() => baseline(i)));
    } else {
      b.push(time(() => baseline(i)));
      s.push(time(() => service(i)));
    }
  }
  return { service: stats(s), baseline: stats(b) };
}

/** Runs both for round i: `first` first on even rounds and `second` first on odd ones, as `interleaved` does. */
export async function inTurn(
  i: number,
  first: () => Promise<void>,
  second: () => Promise<void>,
): Promise<void> {
  if (i % 2 === 0) {
    await first();
    await second();
  } else {
    await second();
    await first();
  }
}
