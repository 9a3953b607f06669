// Backups on their own: one whenever the newest is an hour old, checked every few minutes, so that a desk
// that was closed overnight takes one as soon as it opens.
import { backupDue } from '../../core/backups';
import { MINUTE } from '../../core/time';
import { caseLogApiError } from './case-log-errors';
import { backupFolderOf, listBackups } from './backup-folder';
import { startJob } from './backup-jobs';
import { takeBackup } from './backups';
import type { ServiceContext } from './context';

export interface BackupSchedule {
  stop(): void;
}

export function startBackupSchedule(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  everyMs = 5 * MINUTE,
): BackupSchedule {
  const check = () => {
    if (!ctx.db.open) return;
    const newest = listBackups(backupFolderOf(ctx.db.name))[0]?.takenAt ?? null;
    if (!backupDue(newest, ctx.now())) return;
    // A job already running (an agent's "Back up now") counts as this hour's backup.
    startJob(
      ctx.db.name,
      'backup',
      ctx.now,
      (progress) => takeBackup(ctx, progress),
      (error) => caseLogApiError(error)?.code ?? 'INTERNAL',
    );
  };
  check();
  const timer = setInterval(check, everyMs);
  // The schedule alone never keeps the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
