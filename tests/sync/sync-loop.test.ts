import pg from 'pg';
import { expect, it, vi } from 'vitest';
import { startSyncLoop, type SyncStatus } from '../../electron/sync/sync-loop';
import { joinedPair, openWorkstation, serverDatabase } from './support';

const server = serverDatabase();

it('a case logged on one workstation reaches another through the notification, long before the poll', async () => {
  const [a, b] = await joinedPair(server.url);
  // An hour between polls: only the notification can bring the case in time.
  const loop = startSyncLoop(b.desk.db, b.pool, { pollMs: 3_600_000 });
  await vi.waitFor(() => expect(loop.status().state).toBe('synced'), { timeout: 10_000 });
  const logged = a.newCase(a.customer('通知客户').id, '通知送达');
  await a.push();
  await vi.waitFor(() => expect(b.count('cases')).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
  expect(b.get(logged.id).title).toBe('通知送达');
  await loop.stop();
});

it('reports a server that cannot be reached as offline since the first failure, with the changes waiting', async () => {
  const a = openWorkstation(server.url, 'A');
  await a.join();
  a.newCase(a.customer('离线客户').id);
  const closed = new URL(server.url);
  closed.port = '1';
  const pool = new pg.Pool({ connectionString: closed.toString(), connectionTimeoutMillis: 2_000 });
  const seen: SyncStatus[] = [];
  const loop = startSyncLoop(a.desk.db, pool, { maxBackoffMs: 1_000, onStatus: (s) => seen.push(s) });
  await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
  await loop.stop();
  await pool.end();
  expect(seen.every((s) => s.state === 'offline')).toBe(true);
  const [first, second] = seen as Extract<SyncStatus, { state: 'offline' }>[];
  expect(second!.since).toBe(first!.since);
  expect(first!.changes).toBe(a.waiting());
  expect(a.waiting()).toBeGreaterThan(0);
});
