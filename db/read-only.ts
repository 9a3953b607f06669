// A case log that cannot be written (a read-only file, folder, share or file system) still opens, for reading:
// the agent can look cases up while the cause is fixed. Every write then fails as 'read-only' (db/failures.ts).
import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUSY_TIMEOUT_MS, CaseLogError } from './failures';
import { assertKnownSchema, schemaVersion } from './migrate';
import type { Migration } from './migrations/types';
import type { Db } from './statements';

/** Whether the file (if it exists) and its folder, where SQLite keeps the write-ahead log, can be written. */
export function isWritable(file: string): boolean {
  if (!existsSync(file)) return true;
  try {
    accessSync(file, constants.W_OK);
    accessSync(path.dirname(path.resolve(file)), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function openForReading(
  file: string,
  binding: { nativeBinding?: string },
  migrations: readonly Migration[],
): Db {
  let db: Db;
  try {
    db = readOnlyConnection(file, binding);
  } catch (error) {
    // A WAL file in a place where SQLite cannot create its shared-memory index cannot be opened in place;
    // a private copy can, and nothing can change the original meanwhile since nothing can write there.
    if ((error as { code?: string }).code !== 'SQLITE_CANTOPEN') throw error;
    db = snapshotConnection(snapshotOf(file), binding);
  }
  try {
    assertKnownSchema(db, migrations);
    const known = migrations.at(-1)?.version ?? 0;
    if (schemaVersion(db) < known) {
      throw new CaseLogError(
        'read-only',
        `the case log needs an upgrade (schema ${schemaVersion(db)} of ${known}) but cannot be written`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readOnlyConnection(file: string, binding: { nativeBinding?: string }): Db {
  const db = new Database(file, { ...binding, readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Opening is lazy: the first read is what finds a missing index or a damaged file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The private copy is opened for writing so that SQLite can read its log, then refuses every change. */
function snapshotConnection(copy: string, binding: { nativeBinding?: string }): Db {
  const db = new Database(copy, { ...binding, fileMustExist: true });
  db.pragma('query_only = ON');
  return db;
}

/** A private copy of the file and its write-ahead log, removed when the process ends. */
function snapshotOf(file: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-read-only-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const copy = path.join(dir, path.basename(file));
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

/** Whether the connection was opened for reading only (here or as a private copy). */
export const isReadOnly = (db: Db): boolean => db.readonly || db.pragma('query_only', { simple: true }) === 1;
