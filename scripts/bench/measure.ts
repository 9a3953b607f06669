export interface Timing {
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and reports the percentiles. */
export function measure(runs: number, fn: (i: number) => void, warmup = Math.min(20, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { p50_ms: round(at(0.5)), p95_ms: round(at(0.95)), max_ms: round(samples.at(-1)!) };
}
