// The physical limits of a write: a bare insert into a WAL file with synchronous=FULL (one fsync per
// commit, as the case log runs), and fdatasync itself on the same disk.
import Database from 'better-sqlite3';
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A scratch database beside the bench desk, configured as the case log is. */
export function bareWriter(dir: string) {
  const db = new Database(path.join(dir, 'bare-writes.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, case_id TEXT, at INTEGER, body TEXT)');
  const insert = db.prepare('INSERT INTO events (case_id, at, body) VALUES (?, ?, ?)');
  return {
    insert: (caseId: string, body: string) => void insert.run(caseId, Date.now(), body),
    close: () => db.close(),
  };
}

/** Appends 4 KB (one page) to a file and waits for it to reach the disk. */
export function fdatasyncProbe(dir: string) {
  const fd = openSync(path.join(dir, 'fdatasync.bin'), 'a');
  const page = Buffer.alloc(4096, 1);
  return {
    sync: () => {
      writeSync(fd, page);
      fdatasyncSync(fd);
    },
    close: () => closeSync(fd),
  };
}
