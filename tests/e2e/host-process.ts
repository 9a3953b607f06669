import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnHost, stopProcess } from '../../scripts/browser-mode/host-process';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface RunningHost {
  url: string;
  /** The case log the host runs on, to start another host on it (after a stop, or alongside). */
  db: string;
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
  // Waits for the host to print its address; the bound is generous because filling a demo desk on a busy
  // two-core machine can take many seconds, and the wait ends as soon as the address is printed.
  const { child, url } = await spawnHost(root, dbPath, [...extraArgs, ...latencyArgs], 60_000);
  return { url, db: dbPath, stop: () => stopProcess(child) };
}
