import type { Db as Database } from '../../db/open';
import type pg from 'pg';
import { applyRemoteChanges, type RemoteChange } from '../../db/sync/apply';
import { readSyncState } from '../../db/sync/state';

export const PULL_BATCH = 1000;

export interface PullResult {
  /** Changes read after the cursor, this workstation's own included. */
  read: number;
  /** Of those, the changes made elsewhere: what this workstation did not have. */
  received: number;
}

/**
 * Fetches the changes after this workstation's cursor and applies them in one local transaction. Positions
 * are handed out in commit order (push.ts), so what a read sees is a prefix of the log: nothing below the
 * last position read can commit later.
 */
export async function pullOnce(db: Database, pool: pg.Pool, limit = PULL_BATCH): Promise<PullResult> {
  const { workstationId, pulledTo } = readSyncState(db);
  const { rows } = await pool.query(
    `SELECT position, workstation_id, tbl, pk, op, data, hlc FROM shiftdesk.changes
     WHERE position > $1 ORDER BY position LIMIT $2`,
    [pulledTo, limit],
  );
  if (rows.length === 0) return { read: 0, received: 0 };
  const changes: RemoteChange[] = rows.map((r) => ({
    position: Number(r.position),
    workstationId: r.workstation_id,
    tbl: r.tbl,
    pk: r.pk,
    op: r.op,
    data: r.data,
    hlc: r.hlc,
  }));
  applyRemoteChanges(db, changes, workstationId, changes.at(-1)!.position);
  return { read: changes.length, received: changes.filter((c) => c.workstationId !== workstationId).length };
}
