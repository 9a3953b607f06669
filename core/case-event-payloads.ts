// The shape of each kind of timeline event, for events that arrive from outside (a handover file): an
// event this workstation did not write is kept only if it is one of the kinds the timeline knows, with the
// payload that kind has, so that nothing the case page or the search index reads can surprise them. Keyed
// by every kind of CaseEvent: a new kind that is not listed here fails to compile. Extra keys are kept
// (an older or newer ShiftDesk may add some); the keys each kind needs must be there, bounded.
import { z } from 'zod';
import { CALL_DIRECTIONS, CASE_FIELDS, LINK_KINDS, type CaseEventKind } from './cases';
import { CASE_STATUSES, SEVERITIES } from './domain';
import { SLA_CLOCKS } from './sla';

const text = (max: number) => z.string().max(max);
const key = text(100);
const time = z.number().int();
const body = text(20_000);
const agentRef = z.looseObject({ id: key, name: text(200) }).nullable();
const link = z.looseObject({
  otherId: key,
  otherNumber: text(40),
  kind: z.enum(LINK_KINDS),
  direction: z.enum(['out', 'in']),
});

export const CASE_EVENT_PAYLOADS: Record<CaseEventKind, z.ZodType> = {
  created: z.looseObject({ title: text(200), severity: z.enum(SEVERITIES), status: z.enum(CASE_STATUSES) }),
  note: z.looseObject({ body }),
  reply: z.looseObject({
    body,
    article: z
      .looseObject({ id: key, title: text(200), language: text(10), to: text(200).nullable() })
      .optional(),
  }),
  call: z.looseObject({
    direction: z.enum(CALL_DIRECTIONS),
    minutes: z.number().int().min(0).max(1_440),
    body,
  }),
  note_edited: z.looseObject({ noteId: key, body }),
  status_changed: z.looseObject({
    from: z.enum(CASE_STATUSES),
    to: z.enum(CASE_STATUSES),
    reason: text(2_000).optional(),
  }),
  assigned: z.looseObject({ from: agentRef, to: agentRef }),
  field_changed: z.looseObject({ field: z.enum(CASE_FIELDS), from: body, to: body }),
  tag_added: z.looseObject({ tag: text(40) }),
  tag_removed: z.looseObject({ tag: text(40) }),
  link_added: link,
  link_removed: link,
  attachment_added: z.looseObject({
    attachmentId: key,
    name: text(255),
    size: z.number().int().min(0),
    eventId: key.nullable(),
  }),
  escalation_submitted: z.looseObject({ escalationId: key, service: text(40), severity: z.enum(SEVERITIES) }),
  escalation_updated: z.looseObject({ escalationId: key, requestNumber: text(64) }),
  sla_breached: z.looseObject({ clock: z.enum(SLA_CLOCKS), dueAt: time }),
  article_solved: z.looseObject({ articleId: key, title: text(200) }),
};

/** Why an event from outside is refused, or null when its kind and payload are ones the timeline knows. */
export function eventPayloadProblem(kind: string, payload: unknown): string | null {
  if (!Object.hasOwn(CASE_EVENT_PAYLOADS, kind)) return `unknown kind ${kind.slice(0, 40)}`;
  const parsed = CASE_EVENT_PAYLOADS[kind as CaseEventKind].safeParse(payload);
  return parsed.success ? null : `payload of ${kind}: ${parsed.error.issues[0]?.path.join('.') ?? ''}`;
}
