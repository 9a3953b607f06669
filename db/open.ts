import Database from 'better-sqlite3';
import { assertKnownSchema, migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

import type { Db } from './statements';

export type { Db };

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron keeps its own beside Node's). */
  nativeBinding?: string;
}

/** Opens (creating if needed) the case log and brings its schema up to date. */
/** `migrations` is for tests that need a file at an earlier version. */
export function openDatabase(
  file: string,
  options: OpenOptions = {},
  migrations: readonly Migration[] = MIGRATIONS,
): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    assertKnownSchema(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // A committed event must survive a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    // Keeps the query planner's statistics current (cheap: it analyzes only tables that need it).
    db.pragma('optimize=0x10002');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
