// Online backups of the case log through SQLite's backup API: pages are copied a batch at a time between
// turns of the event loop, so the desk keeps answering while a backup runs, and a backup is a consistent
// picture of one moment even while writes go on.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { BackupSummary } from '../core/backups';
import type { Db } from './statements';

/** Called with pages copied of pages in all, after each batch. */
export type OnProgress = (done: number, total: number) => void;

/** Pages copied per turn of the event loop: small enough that one turn stays short. */
const PAGES_PER_STEP = 256;

/**
 * Copies the live case log to `dest`, checks the copy with `integrity_check` and only then gives it its
 * name: a file under `dest` is always a whole, verified backup. Returns what it holds.
 */
export async function backupCaseLog(
  db: Db,
  dest: string,
  onProgress: OnProgress = () => {},
): Promise<BackupSummary> {
  const partial = `${dest}.partial`;
  try {
    await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        onProgress(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    const summary = inspectBackup(partial);
    if (!summary.intact)
      throw Object.assign(new Error('the backup copy failed its integrity check'), {
        code: 'SQLITE_CORRUPT',
      });
    renameSync(partial, dest);
    return summary;
  } finally {
    if (existsSync(partial)) rmSync(partial, { force: true });
  }
}

/** What a backup file holds; a file that is not a readable case log is reported as not intact. */
export function inspectBackup(file: string): BackupSummary {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM case_events) AS events,
                (SELECT max(updated_at) FROM cases) AS latestCaseAt`,
      )
      .get() as { cases: number; events: number; latestCaseAt: number | null };
    return {
      intact: check === 'ok',
      ...counts,
      schema: db.pragma('user_version', { simple: true }) as number,
    };
  } catch {
    return { intact: false, cases: 0, events: 0, latestCaseAt: null, schema: 0 };
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup's content into the live case log through the backup API, page by page into the open file:
 * every connection to it, this desk's own included, sees the restored content from its next statement on.
 */
export async function restoreInto(
  livePath: string,
  backup: string,
  onProgress: OnProgress = () => {},
): Promise<void> {
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(livePath, {
      progress({ totalPages, remainingPages }) {
        onProgress(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
  } finally {
    source.close();
  }
}
