// What went wrong with the case log file itself, told apart from a bug: a lock held by another process, a full
// disk, a file or file system that cannot be written, a damaged file, a file from a newer version. Each is
// something the agent can act on, so each gets its own code and message instead of SQLite's raw text.
import { SchemaTooNewError } from './migrate';

/**
 * How long one statement waits for another process's write lock. Kept short because better-sqlite3 waits
 * synchronously: a long wait would stop the host from answering anything else. Longer waits happen between
 * attempts, off the event loop (electron/services/lock-retry.ts).
 */
export const BUSY_TIMEOUT_MS = 20;

export const CASE_LOG_PROBLEMS = ['locked', 'full', 'read-only', 'corrupt', 'newer'] as const;
export type CaseLogProblem = (typeof CASE_LOG_PROBLEMS)[number];

const BY_CODE: ReadonlyArray<[RegExp, CaseLogProblem]> = [
  [/^SQLITE_(BUSY|LOCKED)/, 'locked'],
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)/, 'full'],
  [/^(SQLITE_READONLY|EROFS|EACCES|EPERM)/, 'read-only'],
  [/^(SQLITE_CORRUPT|SQLITE_NOTADB)/, 'corrupt'],
];

/** The problem behind an error thrown by better-sqlite3 or the file system, or null for anything else. */
export function caseLogProblem(error: unknown): CaseLogProblem | null {
  if (error instanceof CaseLogError) return error.problem;
  if (error instanceof SchemaTooNewError) return 'newer';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  return BY_CODE.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

/** A problem with the case log file, with the cause kept for the log (never shown to the agent). */
export class CaseLogError extends Error {
  constructor(
    readonly problem: CaseLogProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CaseLogError';
  }
}
