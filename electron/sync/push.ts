import type { Db as Database } from '../../db/open';
import type pg from 'pg';
import { acknowledgeBatch, nextBatch, type OutboxBatch } from '../../db/sync/outbox';
import { readSyncState } from '../../db/sync/state';
import { assertServerKnown } from './server-schema';
import { withClient } from './with-client';

export const PUSH_BATCH = 500;

/** For tests that cut the connection at the worst moment: runs after the inserts, before COMMIT. */
export interface PushHooks {
  beforeCommit?(client: pg.ClientBase): Promise<void>;
}

/**
 * Sends one batch in one transaction. The head row's lock numbers the batch's changes after every batch
 * committed before it and is held to COMMIT (docs/sync.md); a batch id seen before is answered without
 * writing anything, so a resend after a lost answer is applied once.
 */
export async function pushBatch(
  client: pg.ClientBase,
  workstationId: string,
  batch: OutboxBatch,
  hooks: PushHooks = {},
): Promise<{ first: number; duplicate: boolean }> {
  await client.query('BEGIN');
  try {
    await assertServerKnown(client);
    const head = await client.query('SELECT position FROM shiftdesk.head FOR UPDATE');
    const seen = await client.query('SELECT first_position FROM shiftdesk.batches WHERE id = $1', [batch.id]);
    if (seen.rowCount) {
      await client.query('COMMIT');
      return { first: Number(seen.rows[0].first_position), duplicate: true };
    }
    const first = Number(head.rows[0].position) + 1;
    const c = batch.changes;
    await client.query('UPDATE shiftdesk.head SET position = position + $1', [c.length]);
    await client.query(
      'INSERT INTO shiftdesk.batches (id, workstation_id, first_position, size) VALUES ($1, $2, $3, $4)',
      [batch.id, workstationId, first, c.length],
    );
    await client.query(
      `INSERT INTO shiftdesk.changes (position, workstation_id, batch_id, tbl, pk, op, data, hlc)
       SELECT $1 + n - 1, $2, $3, tbl, pk, op, data::jsonb, hlc
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
         AS t (tbl, pk, op, data, hlc, n)`,
      [
        first,
        workstationId,
        batch.id,
        c.map((x) => x.tbl),
        c.map((x) => x.pk),
        c.map((x) => x.op),
        c.map((x) => x.data),
        c.map((x) => x.hlc),
      ],
    );
    await client.query('UPDATE shiftdesk.workstations SET last_seen = now() WHERE id = $1', [workstationId]);
    // Delivered at COMMIT only: listeners hear of the batch once it can be read.
    await client.query(`SELECT pg_notify('shiftdesk_changes', $1)`, [String(first + c.length - 1)]);
    await hooks.beforeCommit?.(client);
    await client.query('COMMIT');
    return { first, duplicate: false };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Sends the outbox's next batch, if any; returns how many changes left it. */
export async function pushOnce(
  db: Database,
  pool: pg.Pool,
  hooks: PushHooks = {},
  limit = PUSH_BATCH,
): Promise<number> {
  const batch = nextBatch(db, limit);
  if (!batch) return 0;
  const { workstationId } = readSyncState(db);
  await withClient(pool, (client) => pushBatch(client, workstationId, batch, hooks));
  acknowledgeBatch(db, batch.id);
  return batch.changes.length;
}
