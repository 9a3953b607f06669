import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { nextBatch } from '../../db/sync/outbox';
import { readSyncState } from '../../db/sync/state';
import { pushBatch, pushOnce } from '../../electron/sync/push';
import { SERVER_SCHEMA_VERSION } from '../../electron/sync/server-migrations';
import {
  expectConverged,
  heal,
  joinedPair,
  openWorkstation,
  serverDatabase,
  type Workstation,
} from './support';
import { freshDatabase } from '../helpers/pg-database';

const server = serverDatabase();

async function serverCount(s: Workstation, sql: string): Promise<number> {
  return Number((await s.pool.query(sql)).rows[0].n);
}

describe('pushing', () => {
  it('applies a batch sent twice once', async () => {
    const a = openWorkstation(server.url, 'A');
    await a.join();
    await a.sync();
    a.newCase(a.customer('重复批次客户').id);
    const batch = nextBatch(a.desk.db, 1000)!;
    const before = await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes');
    const { workstationId } = readSyncState(a.desk.db);
    const client = await a.pool.connect();
    const first = await pushBatch(client, workstationId, batch);
    const again = await pushBatch(client, workstationId, batch);
    client.release();
    expect(again).toEqual({ first: first.first, duplicate: true });
    expect(await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes')).toBe(
      before + batch.changes.length,
    );
    // The outbox still holds the batch (its answer counts as lost): the next push resends the same id.
    expect(nextBatch(a.desk.db, 1000)!.id).toBe(batch.id);
    await a.sync();
    expect(a.waiting()).toBe(0);
    expect(await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes')).toBe(
      before + batch.changes.length,
    );
  });

  it('loses and duplicates nothing when the connection drops after the inserts and before COMMIT', async () => {
    const [a, b] = await joinedPair(server.url, { healed: true });
    const c = a.newCase(a.customer('断线客户').id, '提交前断线');
    const before = await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes');
    const waiting = a.waiting();
    const killer = new pg.Client(server.url);
    await killer.connect();
    await expect(
      pushOnce(a.desk.db, a.pool, {
        beforeCommit: async (client) => {
          const pid = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
          await killer.query('SELECT pg_terminate_backend($1)', [pid]);
        },
      }),
    ).rejects.toThrow();
    await killer.end();
    expect(await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes')).toBe(before);
    expect(a.waiting()).toBe(waiting);
    await heal([a, b]);
    expect(await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes')).toBe(before + waiting);
    expect(b.get(c.id).title).toBe('提交前断线');
    expectConverged([a, b]);
  });
});

describe('a workstation offline for a shift', () => {
  it('reconnects with 500 changes and converges', async () => {
    const [a, b] = await joinedPair(server.url, { healed: true });
    const customer = b.customer('夜班客户');
    const cases = Array.from({ length: 20 }, (_, i) => b.newCase(customer.id, `夜班案例 ${i}`));
    while (b.waiting() < 500) {
      const c = cases[b.waiting() % cases.length]!;
      b.call('cases.addNote', { caseId: c.id, body: `处理记录 ${b.waiting()}` });
    }
    const offline = b.waiting();
    a.call('cases.addNote', { caseId: a.newCase(a.customer('日班客户').id).id, body: '日班' });
    await heal([a, b]);
    expect(b.waiting()).toBe(0);
    expect(offline).toBeGreaterThanOrEqual(500);
    expect(a.count('case_events')).toBe(b.count('case_events'));
    expectConverged([a, b]);
  }, 60_000);
});

describe('versions', () => {
  it('an older ShiftDesk refuses to push to a newer server schema and keeps working locally', async () => {
    const own = await freshDatabase();
    const a = openWorkstation(own, 'A');
    await a.join();
    await a.sync();
    await a.pool.query(
      `INSERT INTO shiftdesk.schema_version (version, name) VALUES (${SERVER_SCHEMA_VERSION + 1}, 'from a newer app')`,
    );
    const before = await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes');
    a.newCase(a.customer('新版本之后').id);
    await expect(a.push()).rejects.toThrow(/Update ShiftDesk/);
    expect(await serverCount(a, 'SELECT count(*) AS n FROM shiftdesk.changes')).toBe(before);
    expect(a.waiting()).toBeGreaterThan(0);
    await expect(a.join()).rejects.toThrow(/请升级 ShiftDesk/);
  });
});
