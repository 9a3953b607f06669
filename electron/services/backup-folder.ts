// Where a case log's backups go, and what is there. The choice is kept beside the case log file rather than
// in it: a folder belongs to this workstation (another disk, a share), and it must still be found when the
// case log itself is too damaged to open.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BackupEntry, backupTakenAt } from '../../core/backups';

const configFile = (dbPath: string) => `${dbPath}.backups.json`;

export const defaultBackupFolder = (dbPath: string) =>
  path.join(path.dirname(path.resolve(dbPath)), 'backups');

export function backupFolderOf(dbPath: string): string {
  try {
    const saved = JSON.parse(readFileSync(configFile(dbPath), 'utf8')) as { folder?: unknown };
    if (typeof saved.folder === 'string' && path.isAbsolute(saved.folder)) return saved.folder;
  } catch {
    // No choice made yet (or an unreadable one): the default folder.
  }
  return defaultBackupFolder(dbPath);
}

export function saveBackupFolder(dbPath: string, folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(configFile(dbPath), `${JSON.stringify({ folder })}\n`);
}

/** The backups in a folder, newest first; files not named as ours are left alone. */
export function listBackups(folder: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((file) => {
      const takenAt = backupTakenAt(file);
      return takenAt === null ? [] : [{ file, takenAt, bytes: statSync(path.join(folder, file)).size }];
    })
    .sort((a, b) => b.takenAt - a.takenAt);
}
