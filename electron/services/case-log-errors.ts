// The case log's own troubles (db/failures.ts) as the error codes of the contract, each with an English line
// for the log; the interface shows its own translated text with what to do (errors.<code>).
import type { ApiError, ErrorCode } from '../../core/errors';
import { caseLogProblem, type CaseLogProblem } from '../../db/failures';

const CODES: Record<CaseLogProblem, ErrorCode> = {
  locked: 'LOCKED',
  full: 'DISK_FULL',
  'read-only': 'READ_ONLY',
  corrupt: 'CORRUPT',
  newer: 'TOO_NEW',
};

const MESSAGES: Record<CaseLogProblem, string> = {
  locked: 'another process is writing to the case log; try again in a moment',
  full: 'the disk holding the case log is full',
  'read-only': 'the case log cannot be written (read-only file, folder or file system)',
  corrupt: 'the case log file is damaged; restore it from a backup',
  newer: 'the case log was written by a newer version of ShiftDesk',
};

/** The typed error for a case-log problem, or null when `error` is something else. */
export function caseLogApiError(error: unknown): ApiError | null {
  const problem = caseLogProblem(error);
  return problem ? { code: CODES[problem], message: MESSAGES[problem] } : null;
}
