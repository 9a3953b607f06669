// One case log, one writer: the app or host that opens a case log first holds an exclusive SQLite lock on a
// small file beside it for as long as it runs, and a second one is refused. The operating system drops the
// lock when the process ends however it ends, so a crash never leaves a stale lock behind (no heartbeat, no
// pid to guess about); who holds it is written beside it for the refusal's message.
import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { CaseLogError, caseLogProblem } from './failures';

export interface WriterLock {
  release(): void;
}

export interface LockOwner {
  pid: number;
  host: string;
  since: number;
}

/** The other process holding the case log, for the message that refuses this one. */
export class CaseLogInUseError extends CaseLogError {
  constructor(readonly owner: LockOwner | null) {
    super(
      'locked',
      owner
        ? `the case log is open in another ShiftDesk (process ${owner.pid} on ${owner.host})`
        : 'the case log is open in another ShiftDesk',
    );
    this.name = 'CaseLogInUseError';
  }
}

const lockFile = (dbPath: string) => `${dbPath}.writer-lock`;
const ownerFile = (dbPath: string) => `${dbPath}.writer.json`;

export function claimCaseLog(dbPath: string, options: { nativeBinding?: string } = {}): WriterLock {
  let db: Database.Database;
  try {
    db = new Database(
      lockFile(dbPath),
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (error) {
    // Where nothing can be written, nobody can write the case log either: there is nothing to guard.
    if (caseLogProblem(error) === 'read-only' || (error as { code?: string }).code === 'SQLITE_CANTOPEN') {
      return { release: () => {} };
    }
    throw error;
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    // Held until release or the end of the process; nothing is ever written under it.
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (caseLogProblem(error) === 'locked') throw new CaseLogInUseError(ownerOf(dbPath));
    throw error;
  }
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: Date.now() };
  writeFileSync(ownerFile(dbPath), `${JSON.stringify(owner)}\n`);
  return {
    release() {
      if (!db.open) return;
      rmSync(ownerFile(dbPath), { force: true });
      db.close();
    },
  };
}

function ownerOf(dbPath: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(ownerFile(dbPath), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}
