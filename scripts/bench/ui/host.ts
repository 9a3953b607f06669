// The browser-mode host as its own process on a given case log, as `npm run web` starts it, with what
// the UI benchmark reads of it: its address and its resident memory.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

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
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist', 'web', 'host.mjs'), '--db', dbPath, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${out}`)));
  });
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

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starting Node itself, to its exit: the floor under any host start. */
export function bareNodeStartMs(): number {
  const t0 = performance.now();
  execFileSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
}
