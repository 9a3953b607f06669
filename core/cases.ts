import { z } from 'zod';
import { CASE_STATUSES, CHANNELS, LANGUAGES, SEVERITIES, SUPPORT_AREAS } from './domain';
import type { AgentRef, CaseStatus, Channel, Severity, SupportArea } from './domain';
import type { Attachment } from './attachments';
import type { SlaClockName, SlaState } from './sla';
import type { EscalationSubmittedPayload, EscalationUpdatedPayload } from './escalations';
import { newCustomerInput } from './customers';
import { MINUTES_PER_DAY } from './time';
import { id, optionalText, requiredText } from './validation';
import { reads, writes } from './operation';

const pick = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: 'validation.choose' });
const serviceKey = () => z.string().trim().min(1, 'validation.choose').max(40, 'validation.tooLong');

export const casesCreateInput = z.object({
  /** An existing customer, or one created in the same transaction as the case. */
  customer: z
    .object({ id: id.optional(), new: newCustomerInput.optional() })
    .refine((c) => (c.id === undefined) !== (c.new === undefined), 'validation.customer'),
  title: requiredText(200),
  description: optionalText(20_000).default(''),
  supportArea: pick(SUPPORT_AREAS),
  /** A key of the service catalogue (services.list). */
  service: serviceKey(),
  severity: pick(SEVERITIES),
  channel: pick(CHANNELS),
});
export type CasesCreateInput = z.input<typeof casesCreateInput>;

export interface CaseListItem {
  id: string;
  number: string;
  title: string;
  customerId: string;
  customerName: string;
  severity: Severity;
  status: CaseStatus;
  supportArea: SupportArea;
  service: string;
  ownerId: string | null;
  ownerName: string | null;
  requestNumber: string | null;
  createdAt: number;
  updatedAt: number;
  /** When the first running SLA clock runs out (past once overdue); null while paused or done (cases.next_due_at). */
  nextDueAt?: number | null;
  slaState?: SlaState;
}

export const CALL_DIRECTIONS = ['in', 'out'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/** A knowledge-base article a reply sends to the customer: which, in which language, to whom. */
export const sentArticle = z
  .object({
    id,
    title: z.string().max(200),
    language: z.enum(LANGUAGES),
    to: z.string().max(200).nullable(),
  })
  .strict();
export type SentArticle = z.infer<typeof sentArticle>;

/** The fields of a case that the edit form changes, one `field_changed` event each. */
export const CASE_FIELDS = ['title', 'description', 'supportArea', 'service', 'severity', 'channel'] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

const caseFieldValues = {
  title: requiredText(200),
  description: optionalText(20_000),
  supportArea: pick(SUPPORT_AREAS),
  service: serviceKey(),
  severity: pick(SEVERITIES),
  channel: pick(CHANNELS),
};

export const casesUpdateInput = z.object({
  caseId: id,
  /** Only the fields the agent changed. */
  changes: z
    .object({
      title: caseFieldValues.title.optional(),
      description: caseFieldValues.description.optional(),
      supportArea: caseFieldValues.supportArea.optional(),
      service: caseFieldValues.service.optional(),
      severity: caseFieldValues.severity.optional(),
      channel: caseFieldValues.channel.optional(),
    })
    .strict(),
  /** What the agent saw for each changed field; a different current value is a CONFLICT. */
  from: z.partialRecord(z.enum(CASE_FIELDS), z.string().max(20_000, 'validation.tooLong')),
});
export type CasesUpdateInput = z.input<typeof casesUpdateInput>;

export interface TagCount {
  tag: string;
  count: number;
}

export const LINK_KINDS = ['duplicate_of', 'related_to'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface SimilarCase {
  id: string;
  number: string;
  title: string;
  status: CaseStatus;
  severity: Severity;
  updatedAt: number;
  /** 0..1: how much of the two titles' character n-grams they share (Dice coefficient). */
  score: number;
}

/** A case as the dashboard and the handover list it: enough to tell it apart and see who has it. */
export interface CaseHeadline {
  caseId: string;
  number: string;
  title: string;
  customerName: string;
  severity: Severity;
  status: CaseStatus;
  owner: AgentRef | null;
}

/** `out`: this case points at the other (this case is a duplicate of it); `in`: the other points here. */
export type LinkDirection = 'out' | 'in';

export interface CaseLink {
  otherId: string;
  number: string;
  title: string;
  status: CaseStatus;
  kind: LinkKind;
  direction: LinkDirection;
  createdAt: number;
}

type LinkPayload = { otherId: string; otherNumber: string; kind: LinkKind; direction: LinkDirection };

export type CaseEvent =
  | EventBase<'created', { title: string; severity: Severity; status: CaseStatus }>
  | EventBase<'note', { body: string }>
  | EventBase<'reply', { body: string; article?: SentArticle }>
  | EventBase<'call', { direction: CallDirection; minutes: number; body: string }>
  | EventBase<'note_edited', { noteId: string; body: string }>
  | EventBase<'status_changed', { from: CaseStatus; to: CaseStatus; reason?: string }>
  | EventBase<'assigned', { from: AgentRef | null; to: AgentRef | null }>
  | EventBase<'field_changed', { field: CaseField; from: string; to: string }>
  | EventBase<'tag_added', { tag: string }>
  | EventBase<'tag_removed', { tag: string }>
  | EventBase<'link_added', LinkPayload>
  | EventBase<'link_removed', LinkPayload>
  | EventBase<
      'attachment_added',
      { attachmentId: string; name: string; size: number; eventId: string | null }
    >
  // Hand-offs to 21Vianet (core/escalations.ts).
  | EventBase<'escalation_submitted', EscalationSubmittedPayload>
  | EventBase<'escalation_updated', EscalationUpdatedPayload>
  // Recorded once per clock cycle that runs past its target (electron/services/sla.ts).
  | EventBase<'sla_breached', { clock: SlaClockName; dueAt: number }>
  // A knowledge-base article solved the case (electron/services/knowledge.ts).
  | EventBase<'article_solved', { articleId: string; title: string }>;

interface EventBase<K extends string, P> {
  id: string;
  caseId: string;
  kind: K;
  at: number;
  agentId: string;
  agentName: string;
  payload: P;
  /** Present only on an event another workstation wrote and a handover file brought in. */
  imported?: EventImport;
}

/** Where an imported event came from: which file, exported by whom and when, imported by whom and when. */
export interface EventImport {
  importId: string;
  fileName: string | null;
  exportedByName: string;
  exportedAt: number;
  importedByName: string;
  importedAt: number;
}
export type CaseEventKind = CaseEvent['kind'];
export type CaseEventOf<K extends CaseEventKind> = Extract<CaseEvent, { kind: K }>;
/** The timeline entries an agent writes (and that search covers). */
export const ENTRY_KINDS = ['note', 'reply', 'call'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type EntryEvent = CaseEventOf<EntryKind>;
export const isEntryKind = (kind: string): kind is EntryKind =>
  (ENTRY_KINDS as readonly string[]).includes(kind);

export interface CaseDetail {
  id: string;
  number: string;
  title: string;
  description: string;
  customer: { id: string; name: string; tenantDomain: string | null };
  supportArea: SupportArea;
  service: string;
  severity: Severity;
  channel: Channel;
  status: CaseStatus;
  owner: AgentRef | null;
  /** 21Vianet's service request number, once escalated. */
  requestNumber: string | null;
  tags: string[];
  links: CaseLink[];
  attachments: Attachment[];
  createdAt: number;
  updatedAt: number;
  /** When the first running SLA clock runs out; null while paused or done. */
  nextDueAt: number | null;
  slaState: SlaState;
  events: CaseEvent[];
}

/** A case: open, create, change its status, edit, assign. Implemented by electron/services/cases.ts. */
export const casesOperations = {
  'cases.get': reads<CaseDetail>()(z.object({ id })),
  'cases.create': writes<CaseDetail>()(casesCreateInput),
  'cases.changeStatus': writes<CaseDetail>()(
    z.object({
      caseId: id,
      /** The status the agent saw; a different current status is a CONFLICT, not a silent overwrite. */
      from: z.enum(CASE_STATUSES),
      to: z.enum(CASE_STATUSES, { message: 'validation.choose' }),
      reason: optionalText(2_000).optional(),
    }),
  ),
  'cases.update': writes<CaseDetail>()(casesUpdateInput),
  'cases.assign': writes<CaseDetail>()(
    z.object({
      caseId: id,
      /** The new owner, or null to unassign. */
      ownerId: id.nullable(),
      /** The owner the agent saw; a different current owner is a CONFLICT. */
      from: id.nullable(),
    }),
  ),
};

/** A case's timeline: notes, replies, calls. Implemented by electron/services/case-events.ts. */
export const caseEventsOperations = {
  'cases.addNote': writes<CaseEvent>()(
    z.object({
      caseId: id,
      body: requiredText(20_000),
    }),
  ),
  'cases.addReply': writes<CaseEventOf<'reply'>>()(
    z.object({
      caseId: id,
      body: requiredText(20_000),
      article: sentArticle.optional(),
    }),
  ),
  'cases.logCall': writes<CaseEventOf<'call'>>()(
    z.object({
      caseId: id,
      direction: z.enum(CALL_DIRECTIONS, { message: 'validation.choose' }),
      /** Whole minutes on the phone; 0 for a call that did not connect. */
      minutes: z
        .number({ message: 'validation.required' })
        .int('validation.invalid')
        .min(0, 'validation.invalid')
        .max(MINUTES_PER_DAY, 'validation.invalid'),
      /** The call's summary; searched like a note. */
      body: requiredText(20_000),
    }),
  ),
  'cases.editNote': writes<CaseEventOf<'note_edited'>>()(
    z.object({
      caseId: id,
      noteId: id,
      /** The text the agent was editing; a different current text is a CONFLICT, not a silent overwrite. */
      from: z.string().max(20_000, 'validation.tooLong').trim(),
      body: requiredText(20_000),
    }),
  ),
};
