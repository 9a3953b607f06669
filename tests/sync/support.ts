// Workstations for the sync tests: each a real desk (its own SQLite file and service context) and its own
// connection pool to one PostgreSQL database; closed when the test ends.
import pg from 'pg';
import { beforeAll, expect, onTestFinished } from 'vitest';
import { canonicalDump } from '../../db/sync/dump';
import { outboxSize } from '../../db/sync/outbox';
import { joinDesk } from '../../electron/sync/join';
import { pullOnce } from '../../electron/sync/pull';
import { pushOnce } from '../../electron/sync/push';
import { syncOnce } from '../../electron/sync/sync-once';
import { openTestDesk, type TestDesk } from '../db/case-support';
import { freshDatabase } from '../helpers/pg-database';

export interface Workstation extends TestDesk {
  pool: pg.Pool;
  join(): Promise<{ code: string; queued: number }>;
  push(): Promise<number>;
  pull(): Promise<number>;
  sync(): Promise<{ pushed: number; pulled: number }>;
  dump(): string;
  waiting(): number;
}

export function openWorkstation(url: string, name: string): Workstation {
  const desk = openTestDesk();
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  // A dropped connection is reported to the pool too; the call that used it has its own error.
  pool.on('error', () => undefined);
  onTestFinished(() => pool.end());
  const db = desk.desk.db;
  // Signed in as the workstation's own agent before other agents arrive (one agent signs in by itself).
  desk.call('duty.signIn', { agentId: db.prepare('SELECT id FROM agents').pluck().get() as string });
  return {
    ...desk,
    pool,
    join: () =>
      joinDesk(db, pool, { deskName: 'test desk', workstationName: name, appVersion: '0.0.0-test' }),
    push: () => pushOnce(db, pool),
    pull: async () => (await pullOnce(db, pool)).read,
    sync: () => syncOnce(db, pool),
    dump: () => canonicalDump(db),
    waiting: () => outboxSize(db),
  };
}

/** Every workstation pushes all it has, then each pulls everything: twice, so that all see all. */
export async function heal(stations: readonly Workstation[]): Promise<void> {
  for (const s of stations) await s.sync();
  for (const s of stations) await s.sync();
}

export function expectConverged(stations: readonly Workstation[]): void {
  const [first, ...rest] = stations.map((s) => s.dump());
  for (const dump of rest) expect(dump).toBe(first);
}

/** This test file's own database on the throwaway server, created before the file's first test. */
export function serverDatabase(): { readonly url: string } {
  const server = { url: '' };
  beforeAll(async () => {
    server.url = await freshDatabase();
  });
  return server;
}

/** Two workstations A and B on one desk, both joined; `healed`: each has also seen all the other has. */
export async function joinedPair(url: string, { healed = false } = {}): Promise<[Workstation, Workstation]> {
  const a = openWorkstation(url, 'A');
  const b = openWorkstation(url, 'B');
  await a.join();
  await b.join();
  if (healed) await heal([a, b]);
  return [a, b];
}
