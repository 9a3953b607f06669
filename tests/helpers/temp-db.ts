import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh folder for real SQLite files, removed when the test ends: after the desks the test opened
 * later have closed, since a test's end hooks run last registered first.
 */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const tempDbPath = () => path.join(tempDir(), 'case-log.db');

/** A schema version past any this app knows: the file as a newer ShiftDesk leaves it. */
export const NEWER_VERSION = 9999;

/** Marks `file` as written by a newer version, after running `sql` in it. */
export function writtenByNewerVersion(file: string, sql = ''): string {
  const raw = new Database(file);
  if (sql) raw.exec(sql);
  raw.pragma(`user_version = ${NEWER_VERSION}`);
  raw.close();
  return file;
}
