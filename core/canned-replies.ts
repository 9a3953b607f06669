// Canned replies: the desk's prepared answers, one body per language, with placeholders that the reply
// composer fills from the case at hand. A placeholder the composer cannot fill is refused when saved.
import { z } from 'zod';
import { LANGUAGES, type AgentRef, type Language } from './domain';
import { placeholderSet, placeholdersIn } from './placeholders';
import { id, requiredText } from './validation';
import { noInput, reads, writes } from './operation';

/** What a body may name in braces, and the composer fills in from the case. */
export const PLACEHOLDERS = [
  'customer',
  'contact',
  'case_number',
  'title',
  'agent',
  'sla_due',
  'request_number',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const REPLY_PLACEHOLDERS = placeholderSet(PLACEHOLDERS);

export { placeholdersIn };
export const unknownPlaceholders = REPLY_PLACEHOLDERS.unknownIn;

/** The text with each placeholder that has a value replaced by it; one without stays as typed. */
export const fillPlaceholders: (text: string, values: Partial<Record<Placeholder, string>>) => string =
  REPLY_PLACEHOLDERS.fill;

export const MAX_REPLY_CHARS = 5_000;

const body = z.string().trim().max(MAX_REPLY_CHARS, 'validation.tooLong');

export const cannedRepliesSaveInput = z
  .object({
    /** Absent: a new reply. */
    id: id.optional(),
    name: requiredText(100),
    bodies: z.object({ 'zh-CN': body, en: body }).strict(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (LANGUAGES.every((l) => input.bodies[l] === '')) {
      ctx.addIssue({ code: 'custom', path: ['bodies', 'zh-CN'], message: 'validation.required' });
    }
    REPLY_PLACEHOLDERS.checkBodies(input.bodies, ctx, ['bodies']);
  });
export type CannedReplySaveInput = z.input<typeof cannedRepliesSaveInput>;

export interface CannedReply {
  id: string;
  name: string;
  bodies: Record<Language, string>;
  /** How many replies were sent with it. */
  usageCount: number;
  updatedAt: number;
  updatedBy: AgentRef | null;
}

/** The body in the contact's language, else in the other one. */
export function bodyFor(reply: Pick<CannedReply, 'bodies'>, language: Language): string {
  return reply.bodies[language] || LANGUAGES.map((l) => reply.bodies[l]).find(Boolean) || '';
}

/** Canned replies for the reply composer. Implemented by electron/services/canned-replies.ts. */
export const cannedRepliesOperations = {
  'cannedReplies.list': reads<CannedReply[]>()(noInput),
  'cannedReplies.save': writes<CannedReply>()(cannedRepliesSaveInput),
  'cannedReplies.remove': writes<CannedReply[]>()(z.object({ id }).strict()),
  /** A reply was sent with it: counted, so that the picker lists the desk's favourites first. */
  'cannedReplies.used': writes<CannedReply>()(z.object({ id }).strict()),
};
