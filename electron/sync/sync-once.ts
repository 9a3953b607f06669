import type { Db as Database } from '../../db/open';
import type pg from 'pg';
import { outboxSize } from '../../db/sync/outbox';
import { pullOnce } from './pull';
import { pushOnce } from './push';

export interface SyncRound {
  pushed: number;
  pulled: number;
  /** Changes made on other workstations among those pulled. */
  received: number;
}

/** Pushes the whole outbox, then pulls until nothing is left: one round of "Sync now". */
export async function syncOnce(db: Database, pool: pg.Pool): Promise<SyncRound> {
  let pushed = 0;
  while (outboxSize(db) > 0) pushed += await pushOnce(db, pool);
  let pulled = 0;
  let received = 0;
  for (;;) {
    const batch = await pullOnce(db, pool);
    if (batch.read === 0) break;
    pulled += batch.read;
    received += batch.received;
  }
  return { pushed, pulled, received };
}
