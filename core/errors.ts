/** Error codes every operation may return; the UI maps each to a translated message (`errors.<code>`). */
// SIGN_IN_REQUIRED: the operation records something, and no agent is signed in to answer for it (duty.ts).
// LOCKED, DISK_FULL, READ_ONLY, CORRUPT, TOO_NEW: the case log file itself is in trouble (db/failures.ts);
// RECOVERY: the case log could not be opened and the desk offers a backup instead (recovery.status).
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'SIGN_IN_REQUIRED',
  'INTERNAL',
  'LOCKED',
  'DISK_FULL',
  'READ_ONLY',
  'CORRUPT',
  'TOO_NEW',
  'RECOVERY',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid field: `path` is dotted (`customer.name`), `message` an i18n key (`validation.required`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** English text for logs and for the rare error without a translation. */
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
