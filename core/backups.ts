// Backups of the case log: what each holds, how they are named, and which of them to keep. Pure: the files
// themselves are made and read by db/backup.ts and electron/services/backups.ts.
import { z } from 'zod';
import { DAY, HOUR } from './time';
import { ANYONE, noInput, reads, writes } from './operation';

/** What a backup file holds, read from the file itself. */
export interface BackupSummary {
  /** `PRAGMA integrity_check` answered ok. */
  intact: boolean;
  cases: number;
  events: number;
  /** The latest time a case changed (epoch ms), or null when there are no cases. */
  latestCaseAt: number | null;
  schema: number;
}

export interface BackupEntry {
  file: string;
  takenAt: number;
  bytes: number;
}

export interface BackupList {
  folder: string;
  backups: BackupEntry[];
  /** A backup is being taken or restored now, with its progress. */
  running: BackupProgress | null;
  /** The last backup or restore that ended, with how. */
  last: BackupOutcome | null;
}

export interface BackupProgress {
  kind: 'backup' | 'restore';
  /** Pages copied so far, of `total`. */
  done: number;
  total: number;
}

export type BackupOutcome =
  | { kind: 'backup' | 'restore'; ok: true; at: number; file: string }
  | { kind: 'backup' | 'restore'; ok: false; at: number; code: string };

/** `shiftdesk-20261202T163000Z.db`: sorts by time, and says when it was taken without opening it. */
const NAME = /^shiftdesk-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.db$/;

export function backupFileName(takenAt: number): string {
  const iso = new Date(takenAt).toISOString(); // 2026-12-02T16:30:00.000Z
  return `shiftdesk-${iso.slice(0, 19).replace(/[-:]/g, '')}Z.db`;
}

/** When a backup of this name was taken, or null for a file that is not one of ours. */
export function backupTakenAt(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls a 13th month or a 32nd day over into the next; such a name is not one of ours.
  return backupFileName(at) === name ? at : null;
}

export interface RetentionPolicy {
  /** Every hour's newest backup is kept for this long. */
  hourlyForMs: number;
  /** Then every day's newest (days in the desk's time zone) for this long. */
  dailyForMs: number;
  /** The desk's offset from UTC, in minutes, where its days begin. */
  utcOffsetMinutes: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  hourlyForMs: DAY,
  dailyForMs: 30 * DAY,
  utcOffsetMinutes: 8 * 60,
};

/**
 * Which backups to delete: of those under a day old, all but the newest of each hour; of those under a month,
 * all but the newest of each day; all older ones. The newest backup is never deleted, however old, so that a
 * desk that stopped backing up still has its last one.
 */
export function backupsToDelete(
  takenAt: readonly number[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): number[] {
  const newestFirst = [...takenAt].sort((a, b) => b - a);
  const seen = new Set<string>();
  const doomed: number[] = [];
  newestFirst.forEach((at, i) => {
    const age = now - at;
    const bucket =
      age < policy.hourlyForMs
        ? `h${Math.floor(at / HOUR)}`
        : age < policy.dailyForMs
          ? `d${Math.floor((at + policy.utcOffsetMinutes * 60_000) / DAY)}`
          : null;
    if (i === 0 || (bucket !== null && !seen.has(bucket))) {
      if (bucket) seen.add(bucket);
      return;
    }
    doomed.push(at);
  });
  return doomed;
}

/** Whether a backup is due: none yet, or the newest is an hour old. */
export const backupDue = (newest: number | null, now: number): boolean =>
  newest === null || now - newest >= HOUR;

const backupFile = z
  .string()
  .max(255, 'validation.tooLong')
  .regex(NAME, 'validation.invalid')
  .refine((name) => backupTakenAt(name) !== null, 'validation.invalid');

/** A backup with what it holds, for choosing one to restore. */
export interface BackupChoice extends BackupEntry {
  summary: BackupSummary;
}

/** Why the case log could not be opened at start, and the backups that could replace it. */
export interface RecoveryStatus {
  /** null: the case log opened normally. */
  problem: 'corrupt' | null;
  /** Newest first; the intact ones are the ones to offer. */
  backups: BackupChoice[];
}

export interface Restored {
  restored: true;
}

/** Whether the case log was opened for reading only (it could not be written), for the header's notice. */
export interface CaseLogState {
  readOnly: boolean;
}

/**
 * Backups of the case log and restoring one, and the start-up recovery of a damaged case log. Implemented by
 * electron/services/backups.ts and electron/services/recovery.ts.
 */
export const backupsOperations = {
  'backups.list': reads<BackupList>()(noInput),
  // Taking a backup changes nothing in the case log; anyone at the desk may take one.
  'backups.run': writes<BackupProgress>()(noInput, ANYONE),
  'backups.preview': reads<BackupSummary>()(z.object({ file: backupFile }).strict()),
  'backups.restore': writes<BackupProgress>()(z.object({ file: backupFile }).strict()),
  'backups.setFolder': writes<BackupList>()(
    z
      .object({ folder: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong') })
      .strict(),
  ),
  'caseLog.state': reads<CaseLogState>()(noInput),
  'recovery.status': reads<RecoveryStatus>()(noInput),
  // Answered only while the desk starts in recovery, when nobody can be signed in (electron/services/recovery.ts).
  'recovery.restore': writes<Restored>()(z.object({ file: backupFile }).strict(), ANYONE),
};
