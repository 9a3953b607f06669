import type { Database } from 'better-sqlite3';
import { stmt } from '../statements';

/**
 * Attachment contents not yet known to be both here and on the desk's server, newest records first: each
 * is either here (to send) or not yet (to fetch, once its workstation has sent it).
 */
export function blobsToTransfer(db: Database, limit: number): { sha256: string; size: number }[] {
  return stmt<[number], { sha256: string; size: number }>(
    db,
    `SELECT sha256, max(size) AS size FROM attachments
     WHERE sha256 NOT IN (SELECT sha256 FROM sync_blobs)
     GROUP BY sha256 ORDER BY max(created_at) DESC LIMIT ?`,
  ).all(limit);
}

export function blobTransferred(db: Database, sha256: string): void {
  stmt(db, 'INSERT OR IGNORE INTO sync_blobs (sha256) VALUES (?)').run(sha256);
}
