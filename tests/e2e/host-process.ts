import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface RunningHost {
  url: string;
  stop(): Promise<void>;
}

export const freshDbPath = () =>
  path.join(mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-e2e-')), 'case-log.db');

/** SHIFTDESK_E2E_API_LATENCY_MS=40 makes every host of a run answer each API call that much later. */
const latency = process.env.SHIFTDESK_E2E_API_LATENCY_MS;
const latencyArgs = latency ? ['--api-latency', latency] : [];

/**
 * Starts the built browser-mode host (dist/web/host.mjs) as its own process, as `npm run web` does, on a
 * free port. `extraArgs` go to the host, e.g. `['--test-clock', start, '--demo']` for the demo desk.
 */
export async function startHost(dbPath: string, extraArgs: string[] = []): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist', 'web', 'host.mjs'), '--db', dbPath, '--port', '0', ...extraArgs, ...latencyArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 15_000);
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
  return { url, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
