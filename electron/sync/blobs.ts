import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { BlobStore } from '../../core/sync';
import type { Db } from '../../db/open';
import { blobsToTransfer, blobTransferred } from '../../db/sync/blobs';

/** How many contents one pass sends or fetches: a pass stays short, the next round goes on. */
export const BLOBS_PER_PASS = 20;

export interface BlobPass {
  sent: number;
  fetched: number;
  /** Whether a later pass has anything to do before new changes arrive. */
  more: boolean;
}

/**
 * Moves attachment contents between this workstation and the desk's server, content-addressed: a file
 * here is sent once (a second workstation with the same file sends nothing new), a file another
 * workstation attached is fetched as soon as it is there. Contents are fetched ahead rather than when
 * opened, so that an agent can open them while the server is down; the attachment limit bounds each.
 */
export async function transferBlobs(db: Db, pool: pg.Pool, store: BlobStore): Promise<BlobPass> {
  let sent = 0;
  let fetched = 0;
  const candidates = blobsToTransfer(db, BLOBS_PER_PASS);
  for (const { sha256 } of candidates) {
    const stored = store.read(sha256);
    if (stored) {
      const here = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
      await pool.query(
        `INSERT INTO shiftdesk.blobs (sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
        [sha256, here.length, here],
      );
      blobTransferred(db, sha256);
      sent += 1;
      continue;
    }
    const { rows } = await pool.query<{ content: Buffer }>(
      'SELECT content FROM shiftdesk.blobs WHERE sha256 = $1',
      [sha256],
    );
    const bytes = rows[0]?.content;
    // Not sent yet by the workstation that has it; the next pass asks again.
    if (!bytes) continue;
    // Stored under its hash only if the bytes have that hash: the server is trusted to hold, not to vouch.
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) continue;
    store.write(bytes);
    blobTransferred(db, sha256);
    fetched += 1;
  }
  // The others fetch what was just sent at once, not at their next poll.
  if (sent > 0) await pool.query(`SELECT pg_notify('shiftdesk_changes', 'blobs')`);
  // More to move: a full pass, or contents whose workstation has not sent them yet.
  const more = candidates.length === BLOBS_PER_PASS || sent + fetched < candidates.length;
  return { sent, fetched, more };
}
