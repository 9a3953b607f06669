import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, caseLogProblem } from './failures';
import { assertKnownSchema, migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { isWritable, openForReading } from './read-only';

import type { Db } from './statements';

export type { Db };

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron keeps its own beside Node's). */
  nativeBinding?: string;
}

/** Opens (creating if needed) the case log and brings its schema up to date. */
/** `migrations` is for tests that need a file at an earlier version. */
/** A file that cannot be written (read-only file, folder or file system) opens for reading only. */
export function openDatabase(
  file: string,
  options: OpenOptions = {},
  migrations: readonly Migration[] = MIGRATIONS,
): Db {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (!isWritable(file)) return openForReading(file, binding, migrations);
  const db = new Database(file, binding);
  try {
    assertKnownSchema(db, migrations);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // A committed event must survive a power cut.
    db.pragma('synchronous = FULL');
    migrate(db, migrations);
    refreshStatistics(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Keeps the query planner's statistics current (cheap: it analyzes only tables that need it). It writes, so
 * while another process holds the write lock it is left for the next start rather than waited for.
 */
function refreshStatistics(db: Db): void {
  try {
    db.pragma('optimize=0x10002');
  } catch (error) {
    if (caseLogProblem(error) !== 'locked') throw error;
  }
}
