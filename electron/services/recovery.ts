// A case log too damaged to open at start: instead of stopping, the desk starts in recovery. It answers only
// what the recovery screen needs (what happened, which backups could replace the file, restoring one) and
// RECOVERY to everything else; once a backup is restored the desk opens as usual.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { isOperationName, operations } from '../../core/api';
import { type BackupChoice, backupFileName, type RecoveryStatus } from '../../core/backups';
import type { Result } from '../../core/errors';
import { inspectBackup } from '../../db/backup';
import { backupFolderOf, listBackups } from './backup-folder';
import type { Dispatch } from './dispatch';

/** How many backups to inspect for the screen: the newest intact one is what it offers. */
const OFFERED = 5;

export function recoveryStatus(dbPath: string): RecoveryStatus {
  const folder = backupFolderOf(dbPath);
  const backups: BackupChoice[] = listBackups(folder)
    .slice(0, OFFERED)
    .map((b) => ({ ...b, summary: inspectBackup(path.join(folder, b.file)) }));
  return { problem: 'corrupt', backups };
}

/**
 * Puts a backup in place of the damaged file, which is kept beside it under a new name with its
 * write-ahead log, for whoever wants to look at it later.
 */
export function replaceWithBackup(dbPath: string, file: string, now: number): void {
  const from = path.join(backupFolderOf(dbPath), file);
  if (!existsSync(from) || !inspectBackup(from).intact) throw new Error(`backup ${file} is not intact`);
  const aside = `${dbPath}.damaged-${backupFileName(now).replace(/^shiftdesk-|\.db$/g, '')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
  }
  copyFileSync(from, dbPath);
}

export function recoveryDispatch(dbPath: string, now: () => number, reopen: () => void): Dispatch {
  return (name, input): Result<unknown> => {
    if (name !== 'recovery.status' && name !== 'recovery.restore') {
      const known = isOperationName(name);
      return {
        ok: false,
        error: known
          ? { code: 'RECOVERY', message: 'the case log is damaged; restore a backup first' }
          : { code: 'NOT_FOUND', message: `unknown operation ${String(name)}` },
      };
    }
    const parsed = operations[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: `invalid input for ${name}`, issues: [] } };
    }
    if (name === 'recovery.status') return { ok: true, value: recoveryStatus(dbPath) };
    try {
      replaceWithBackup(dbPath, (parsed.data as { file: string }).file, now());
      reopen();
      return { ok: true, value: { restored: true } };
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: error instanceof Error ? error.message : String(error),
          issues: [{ path: 'file', message: 'backups.issues.damaged' }],
        },
      };
    }
  };
}
