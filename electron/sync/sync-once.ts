import type { Db as Database } from '../../db/open';
import type pg from 'pg';
import { outboxSize } from '../../db/sync/outbox';
import { pullOnce } from './pull';
import { pushOnce } from './push';

/** Pushes the whole outbox, then pulls until nothing is left: one round of "Sync now". */
export async function syncOnce(db: Database, pool: pg.Pool): Promise<{ pushed: number; pulled: number }> {
  let pushed = 0;
  while (outboxSize(db) > 0) pushed += await pushOnce(db, pool);
  let pulled = 0;
  for (let n = await pullOnce(db, pool); n > 0; n = await pullOnce(db, pool)) pulled += n;
  return { pushed, pulled };
}
