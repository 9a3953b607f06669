import { z } from 'zod';

/** What the UI names a draft by: `new-case`, or `case:<id>` for a case's composer. */
export const draftKey = z
  .string()
  .max(120, 'validation.tooLong')
  .regex(/^[a-z][a-z0-9-]*(:[A-Za-z0-9-]+)*$/, 'validation.invalid');

const MAX_DRAFT_CHARS = 200_000;

/** Size as stored; what cannot be stored as JSON (cycles, BigInt over IPC) counts as too large. */
function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Infinity;
  }
}

/** Any JSON object the form wants back; bounded so that a runaway form cannot fill the log. */
const draftBody = z
  .record(z.string(), z.unknown())
  .refine((body) => jsonLength(body) <= MAX_DRAFT_CHARS, 'validation.tooLong');

export const draftsGetInput = z.object({ key: draftKey });
export const draftsSaveInput = z.object({ key: draftKey, body: draftBody });
export const draftsDiscardInput = z.object({ key: draftKey });

export interface Draft {
  key: string;
  body: Record<string, unknown>;
  updatedAt: number;
}
/** A wrapper, because an operation's result is never null. */
export interface DraftFound {
  draft: Draft | null;
}
export interface DraftSaved {
  updatedAt: number;
}
export interface DraftDiscarded {
  discarded: boolean;
}
