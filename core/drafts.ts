import { z } from 'zod';
import { CALL_DIRECTIONS, ENTRY_KINDS } from './cases';
import { CHANNELS, SEVERITIES, SUPPORT_AREAS } from './domain';
import { reads, writes } from './operation';

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
  .record(z.string().max(100, 'validation.tooLong'), z.unknown())
  .refine((body) => jsonLength(body) <= MAX_DRAFT_CHARS, 'validation.tooLong');

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

// What a stored draft may hold, per form. A draft comes back from an older build or a hand-edited row as
// well as from the form itself, so it is read field by field: text as typed (never trimmed), choices from
// the vocabulary; what does not fit is left to the form's own starting value.

type DraftShape = Record<string, z.ZodType>;
export type DraftValues<S extends DraftShape> = { [K in keyof S]?: z.output<S[K]> };

/** The fields of a stored draft that have their expected shape; the others are left out. */
export function draftFields<S extends DraftShape>(shape: S, body: Record<string, unknown>): DraftValues<S> {
  const values: DraftValues<S> = {};
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    if (body[key] === undefined) continue;
    const parsed = shape[key]!.safeParse(body[key]);
    if (parsed.success) values[key] = parsed.data as z.output<S[typeof key]>;
  }
  return values;
}

/** The new-case form: a customer picked (`customerId`) or typed in (`newCustomer*`), and the case fields. */
export const newCaseDraft = {
  customerId: z.string(),
  newCustomerName: z.string(),
  newCustomerTenant: z.string(),
  title: z.string(),
  description: z.string(),
  supportArea: z.enum(SUPPORT_AREAS),
  service: z.string(),
  severity: z.enum(SEVERITIES),
  channel: z.enum(CHANNELS),
};

/** A case's composer: the entry being written and, for a call, its direction and length. */
export const composerDraft = {
  mode: z.enum(ENTRY_KINDS),
  body: z.string(),
  direction: z.enum(CALL_DIRECTIONS),
  minutes: z.number().int(),
};

/** One case's plan in a handover being written; a plan is taken whole or not at all. */
export const handoverPlanDraft = z.object({
  nextAction: z.string(),
  ownerId: z.string().nullable(),
  deadline: z.number().nullable(),
  contingencyIf: z.string(),
  contingencyThen: z.string(),
});
export type HandoverPlanDraft = z.output<typeof handoverPlanDraft>;

/** The handover being written, beside its plans. */
export const handoverDraft = {
  watch: z.array(z.object({ id: z.string(), text: z.string(), carriedFrom: z.string().nullable() })),
  notes: z.string(),
  casesNone: z.boolean(),
  watchNone: z.boolean(),
  notesNone: z.boolean(),
};

/** Drafts kept while an agent types. Implemented by electron/services/drafts.ts. */
export const draftsOperations = {
  'drafts.get': reads<DraftFound>()(z.object({ key: draftKey })),
  'drafts.save': writes<DraftSaved>()(z.object({ key: draftKey, body: draftBody })),
  'drafts.discard': writes<DraftDiscarded>()(z.object({ key: draftKey })),
};
