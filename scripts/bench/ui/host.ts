// The browser-mode host as its own process on a given case log, as `npm run web` starts it, with what
// the UI benchmark reads of it: its address and its resident memory.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnHost, stopProcess } from '../../browser-mode/host-process';

/** The project folder: the benchmark runs bundled from dist/bench/, so it is found, not assumed. */
export const root = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

export interface BenchHost {
  url: string;
  /** Milliseconds from spawning the process to its first answered API call. */
  startMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startBenchHost(dbPath: string): Promise<BenchHost> {
  const t0 = performance.now();
  const { child, url } = await spawnHost(root, dbPath, [], 60_000);
  await firstAnswer(url);
  const startMs = performance.now() - t0;
  return {
    url,
    startMs,
    rssMb: () =>
      Number(execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' })) / 1024,
    stop: () => stopProcess(child),
  };
}

/** One API call with the run's token, as the page's first call. */
async function firstAnswer(url: string) {
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token');
  const res = await fetch(`${origin}/api/app.info`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: '{}',
  });
  if (!res.ok) throw new Error(`app.info answered ${res.status}`);
}

/** Starting Node itself, to its exit: the floor under any host start. */
export function bareNodeStartMs(): number {
  const t0 = performance.now();
  execFileSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
}
