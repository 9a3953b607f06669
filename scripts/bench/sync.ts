// Team sync against a real PostgreSQL (a throwaway cluster unless --pg names a server): a workstation that
// holds a generated desk joins and pushes it all, a new workstation joins and pulls it all, then the lag of
// one note from commit on one workstation to visible on the other. Each figure beside the bare engine doing
// the same work in the same loop: the same rows as one multi-row INSERT, the same SELECT and a bare SQLite
// INSERT of what it read, and a bare NOTIFY from one connection to another.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDesk, type Desk } from '../../electron/services/desk';
import { recomputeOpenCases } from '../../electron/services/sla';
import { nextBatch, outboxSize } from '../../db/sync/outbox';
import { readSyncState } from '../../db/sync/state';
import { joinDesk } from '../../electron/sync/join';
import { PULL_BATCH, pullOnce } from '../../electron/sync/pull';
import { PUSH_BATCH, pushOnce } from '../../electron/sync/push';
import { startSyncLoop } from '../../electron/sync/sync-loop';
import { startCluster, type Cluster } from '../../tests/helpers/pg-cluster';
import { generateDesk } from './generate';
import { inTurn, stats } from './measure';
import type { Entry } from './report';

const elapsed = (t0: number) => performance.now() - t0;

async function freshDatabase(adminUrl: string): Promise<string> {
  const name = `shiftdesk_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function workstation(dir: string, name: string): Desk {
  return openDesk({ dbPath: path.join(dir, `${name}.db`), version: 'bench' });
}

export async function benchSync(cases: number, pgUrl?: string): Promise<Entry[]> {
  const cluster: Cluster | null = pgUrl ? null : await startCluster();
  const url = await freshDatabase(pgUrl ?? cluster!.adminUrl);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-bench-sync-'));
  const poolA = new pg.Pool({ connectionString: url, max: 3 });
  const poolB = new pg.Pool({ connectionString: url, max: 3 });
  const bare = new pg.Pool({ connectionString: url, max: 2 });
  const entries: Entry[] = [];
  try {
    const a = workstation(dir, 'a');
    process.stdout.write(`  generating ${cases.toLocaleString('en')} cases on workstation A…`);
    generateDesk(a.db, a.ctx.agentId, cases, () => undefined);
    recomputeOpenCases(a.ctx);
    const { queued } = await joinDesk(a.db, poolA, {
      deskName: 'bench',
      workstationName: 'A',
      appVersion: 'bench',
    });
    console.log(` ${queued.toLocaleString('en')} changes queued by joining`);
    entries.push(...(await pushAll(a, poolA, bare, cases, queued)));

    const b = workstation(dir, 'b');
    entries.push(...(await joinAndPullAll(b, poolB, bare, dir, cases)));
    entries.push(await lag(a, poolA, b, poolB, bare, cases));
    a.close();
    b.close();
  } finally {
    await Promise.all([poolA.end(), poolB.end(), bare.end()]);
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return entries;
}

/** The whole queued log, batch by batch; each batch beside the same rows as one bare multi-row INSERT. */
async function pushAll(a: Desk, pool: pg.Pool, bare: pg.Pool, cases: number, queued: number) {
  await bare.query(
    'CREATE TABLE bench_changes (position bigint, tbl text, pk text, op text, data jsonb, hlc text)',
  );
  const service: number[] = [];
  const baseline: number[] = [];
  const started = performance.now();
  for (let i = 0; outboxSize(a.db) > 0; i++) {
    const batch = nextBatch(a.db, PUSH_BATCH)!;
    const c = batch.changes;
    const insertBare = async () => {
      const t0 = performance.now();
      await bare.query(
        `INSERT INTO bench_changes SELECT n, tbl, pk, op, data::jsonb, hlc
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t (tbl, pk, op, data, hlc, n)`,
        [
          c.map((x) => x.tbl),
          c.map((x) => x.pk),
          c.map((x) => x.op),
          c.map((x) => x.data),
          c.map((x) => x.hlc),
        ],
      );
      baseline.push(elapsed(t0));
    };
    const push = async () => {
      const t0 = performance.now();
      await pushOnce(a.db, pool);
      service.push(elapsed(t0));
    };
    // Alternating who goes first, so that neither always finds the server's caches warmed by the other.
    await inTurn(i, push, insertBare);
  }
  const seconds = elapsed(started) / 1000;
  return [
    {
      name: 'sync_push',
      cases,
      about: `one batch of ${PUSH_BATCH} changes; ${queued.toLocaleString('en')} in all, ${Math.round(queued / seconds).toLocaleString('en')} changes/s with the baseline interleaved`,
      service: stats(service),
      baseline: { what: `bare multi-row INSERT of the same ${PUSH_BATCH} rows`, stats: stats(baseline) },
    } satisfies Entry,
  ];
}

/** A new workstation joins the desk and pulls everything; each batch beside a bare read and a bare write. */
async function joinAndPullAll(b: Desk, pool: pg.Pool, bare: pg.Pool, dir: string, cases: number) {
  const scratch = new Database(path.join(dir, 'scratch.db'));
  scratch.pragma('journal_mode = WAL');
  scratch.pragma('synchronous = FULL');
  scratch.exec('CREATE TABLE changes (position INTEGER, tbl TEXT, pk TEXT, op TEXT, data TEXT, hlc TEXT)');
  const insert = scratch.prepare('INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?)');
  const writeAll = scratch.transaction((rows: Record<string, unknown>[]) => {
    for (const r of rows) insert.run(r.position, r.tbl, r.pk, r.op, JSON.stringify(r.data), r.hlc);
  });
  const service: number[] = [];
  const baseline: number[] = [];
  const started = performance.now();
  await joinDesk(b.db, pool, { deskName: 'bench', workstationName: 'B', appVersion: 'bench' });
  let pulled = 0;
  for (let i = 0; ; i++) {
    const from = readSyncState(b.db).pulledTo;
    const bareBatch = async () => {
      const t0 = performance.now();
      const { rows } = await bare.query(
        `SELECT position, tbl, pk, op, data, hlc FROM shiftdesk.changes WHERE position > $1 ORDER BY position LIMIT $2`,
        [from, PULL_BATCH],
      );
      writeAll(rows);
      baseline.push(elapsed(t0));
    };
    let read = 0;
    const pull = async () => {
      const t0 = performance.now();
      read = (await pullOnce(b.db, pool)).read;
      if (read > 0) service.push(elapsed(t0));
    };
    await inTurn(i, pull, bareBatch);
    if (read === 0) break;
    pulled += read;
    process.stdout.write(`\r  workstation B pulled ${pulled.toLocaleString('en')} changes`);
  }
  const ms = elapsed(started);
  const baselineMs = baseline.reduce((sum, t) => sum + t, 0);
  console.log('');
  scratch.close();
  return [
    {
      name: 'sync_pull',
      cases,
      about: `one batch of up to ${PULL_BATCH} changes applied; ${Math.round(pulled / (ms / 1000)).toLocaleString('en')} changes/s with the baseline interleaved`,
      service: stats(service),
      baseline: {
        what: `bare SELECT of the same ${PULL_BATCH} rows + bare SQLite INSERT of them`,
        stats: stats(baseline),
      },
    } satisfies Entry,
    {
      name: 'sync_join',
      cases,
      about: `a new workstation joins and pulls ${pulled.toLocaleString('en')} changes (${cases.toLocaleString('en')} cases, ${(cases * 10).toLocaleString('en')} events)`,
      service: stats([ms - baselineMs]),
      baseline: { what: 'the bare batches above, summed', stats: stats([baselineMs]) },
    } satisfies Entry,
  ];
}

/** A note on workstation A until it is in workstation B's log, through the running loops and NOTIFY. */
async function lag(a: Desk, poolA: pg.Pool, b: Desk, poolB: pg.Pool, bare: pg.Pool, cases: number) {
  const loopA = startSyncLoop(a.db, poolA, { pollMs: 3_600_000 });
  const loopB = startSyncLoop(b.db, poolB, { pollMs: 3_600_000 });
  const listener = await bare.connect();
  await listener.query('LISTEN bench_ping');
  const caseIds = a.db.prepare('SELECT id FROM cases ORDER BY rowid LIMIT 50').pluck().all() as string[];
  const seen = b.db.prepare('SELECT 1 FROM case_events WHERE id = ?').pluck();
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 1));
  };
  await until(() => loopB.status().state === 'synced');
  const service: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    const result = a.dispatch('cases.addNote', {
      caseId: caseIds[i % caseIds.length],
      body: `同步延迟测量 ${i}`,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    loopA.kick();
    const id = (result.value as { id: string }).id;
    await until(() => seen.get(id) !== undefined);
    service.push(elapsed(t0));

    const heard = new Promise<void>((resolve) => listener.once('notification', () => resolve()));
    const t1 = performance.now();
    await bare.query(`NOTIFY bench_ping, '${i}'`);
    await heard;
    baseline.push(elapsed(t1));
  }
  listener.release();
  await Promise.all([loopA.stop(), loopB.stop()]);
  return {
    name: 'sync_lag',
    cases,
    about: 'a note, from commit on one workstation to in the log of another',
    service: stats(service),
    baseline: { what: 'a bare NOTIFY heard on another connection', stats: stats(baseline) },
  } satisfies Entry;
}
