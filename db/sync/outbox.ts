import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface OutboxChange {
  seq: number;
  tbl: string;
  pk: string;
  op: 'insert' | 'update' | 'delete';
  data: string;
  hlc: string;
}

export interface OutboxBatch {
  id: string;
  changes: OutboxChange[];
}

const COLUMNS = 'seq, tbl, pk, op, data, hlc';

/**
 * The next batch to send: one sent before and not yet acknowledged, exactly as it was (its answer may
 * have been lost, and the server must recognise it), else the oldest waiting changes under a new id.
 */
export function nextBatch(db: Database, limit: number): OutboxBatch | null {
  return db.transaction(() => {
    const pending = db
      .prepare('SELECT batch_id FROM sync_outbox WHERE batch_id IS NOT NULL ORDER BY seq LIMIT 1')
      .pluck()
      .get() as string | undefined;
    if (pending) {
      const changes = db
        .prepare(`SELECT ${COLUMNS} FROM sync_outbox WHERE batch_id = ? ORDER BY seq`)
        .all(pending) as OutboxChange[];
      return { id: pending, changes };
    }
    const changes = db
      .prepare(`SELECT ${COLUMNS} FROM sync_outbox ORDER BY seq LIMIT ?`)
      .all(limit) as OutboxChange[];
    if (changes.length === 0) return null;
    const id = randomUUID();
    db.prepare('UPDATE sync_outbox SET batch_id = ? WHERE seq BETWEEN ? AND ?').run(
      id,
      changes[0]!.seq,
      changes.at(-1)!.seq,
    );
    return { id, changes };
  })();
}

/** The server holds the batch: its changes leave the outbox. */
export function acknowledgeBatch(db: Database, id: string): void {
  db.prepare('DELETE FROM sync_outbox WHERE batch_id = ?').run(id);
}

export function outboxSize(db: Database): number {
  return db.prepare('SELECT count(*) FROM sync_outbox').pluck().get() as number;
}

/** What waits to be sent, table by table, most first; only the first `limit` changes are read. */
export function outboxByTable(db: Database, limit: number): { table: string; changes: number }[] {
  return db
    .prepare(
      `SELECT tbl AS "table", count(*) AS changes FROM (SELECT tbl FROM sync_outbox ORDER BY seq LIMIT ?)
       GROUP BY tbl ORDER BY changes DESC, tbl`,
    )
    .all(limit) as { table: string; changes: number }[];
}

/** How many changes from elsewhere lost to another value here, or could not be applied (docs/sync.md). */
export function conflictCount(db: Database): number {
  return db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get() as number;
}
