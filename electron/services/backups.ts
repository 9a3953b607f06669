// Backing up the case log to the agent's folder, keeping a rotating set, and restoring a chosen backup with
// the current content kept aside first. Long copies run as a job (backup-jobs.ts) the screen follows.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ParsedInputOf } from '../../core/api';
import {
  type BackupList,
  type BackupProgress,
  type BackupSummary,
  backupFileName,
  backupsToDelete,
} from '../../core/backups';
import type { backupsOperations } from '../../core/backups';
import { backupCaseLog, inspectBackup, restoreInto } from '../../db/backup';
import { migrate, schemaVersion } from '../../db/migrate';
import { isReadOnly } from '../../db/read-only';
import { caseLogApiError } from './case-log-errors';
import { backupFolderOf, listBackups, saveBackupFolder } from './backup-folder';
import { jobsOf, startJob } from './backup-jobs';
import type { ServiceContext } from './context';
import { conflict, invalidField, ServiceError } from './errors';
import type { Handlers } from './handlers';

const codeOf = (error: unknown) => caseLogApiError(error)?.code ?? 'INTERNAL';

/** Backs the case log up now, then deletes the backups the rotation no longer keeps. Returns the file. */
export async function takeBackup(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  const folder = backupFolderOf(ctx.db.name);
  // The default folder is made on first use; a chosen one was made when it was chosen.
  mkdirSync(folder, { recursive: true });
  const file = backupFileName(ctx.now());
  await backupCaseLog(ctx.db, path.join(folder, file), onProgress);
  const backups = listBackups(folder);
  const doomed = new Set(
    backupsToDelete(
      backups.map((b) => b.takenAt),
      ctx.now(),
    ),
  );
  for (const b of backups) if (doomed.has(b.takenAt)) rmSync(path.join(folder, b.file), { force: true });
  return file;
}

function list(ctx: ServiceContext): BackupList {
  const folder = backupFolderOf(ctx.db.name);
  const jobs = jobsOf(ctx.db.name);
  return {
    folder,
    backups: listBackups(folder),
    running: jobs.running && { ...jobs.running },
    last: jobs.last,
  };
}

function run(ctx: ServiceContext): BackupProgress {
  const started = startJob(ctx.db.name, 'backup', ctx.now, (progress) => takeBackup(ctx, progress), codeOf);
  if (!started) throw conflict('a backup or restore is running already');
  return started;
}

function existingBackup(ctx: ServiceContext, file: string): string {
  const full = path.join(backupFolderOf(ctx.db.name), file);
  if (!existsSync(full)) throw new ServiceError('NOT_FOUND', `backup ${file} not found`);
  return full;
}

function preview(ctx: ServiceContext, input: ParsedInputOf<'backups.preview'>): BackupSummary {
  return inspectBackup(existingBackup(ctx, input.file));
}

/** Restores a backup over the live case log, after copying the current content aside, verified. */
function restore(ctx: ServiceContext, input: ParsedInputOf<'backups.restore'>): BackupProgress {
  const from = existingBackup(ctx, input.file);
  const summary = inspectBackup(from);
  if (!summary.intact) {
    throw invalidField('file', 'backups.issues.damaged', `backup ${input.file} failed its integrity check`);
  }
  if (summary.schema > schemaVersion(ctx.db)) {
    throw invalidField(
      'file',
      'backups.issues.tooNew',
      `backup ${input.file} was written by a newer version`,
    );
  }
  const folder = backupFolderOf(ctx.db.name);
  const started = startJob(
    ctx.db.name,
    'restore',
    ctx.now,
    async (progress) => {
      const aside = `before-restore-${backupFileName(ctx.now())}`;
      await backupCaseLog(ctx.db, path.join(folder, aside));
      await restoreInto(ctx.db.name, from, progress);
      // A backup from before an upgrade is brought up to this version's schema, as a start would.
      migrate(ctx.db);
      return aside;
    },
    codeOf,
  );
  if (!started) throw conflict('a backup or restore is running already');
  return started;
}

function setFolder(ctx: ServiceContext, input: ParsedInputOf<'backups.setFolder'>): BackupList {
  if (!path.isAbsolute(input.folder)) {
    throw invalidField('folder', 'validation.absolutePath', 'the backup folder must be an absolute path');
  }
  try {
    saveBackupFolder(ctx.db.name, input.folder);
  } catch {
    throw invalidField('folder', 'backups.issues.folderUnwritable', `cannot write to ${input.folder}`);
  }
  return list(ctx);
}

export const backupsHandlers: Handlers<typeof backupsOperations> = {
  'backups.list': list,
  'backups.run': run,
  'backups.preview': preview,
  'backups.restore': restore,
  'backups.setFolder': setFolder,
  'caseLog.state': (ctx) => ({ readOnly: isReadOnly(ctx.db) }),
  // The case log opened: there is nothing to recover (electron/services/recovery.ts answers otherwise).
  'recovery.status': () => ({ problem: null, backups: [] }),
  'recovery.restore': () => {
    throw conflict('the case log is open; restore a backup from the backups page');
  },
};
