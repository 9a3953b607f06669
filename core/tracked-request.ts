// The tracked-request model: what customer escalations and Partner Center requests have in common, stated
// once. Both are prepared as a draft (possibly offline), submitted in 21Vianet's form, then updated until
// they end (escalation-status.ts holds that life). Each kind adds only its own fields and where it belongs
// (escalations.ts: a case, its reasons and service; partner-requests.ts: a category).
import { z } from 'zod';
import { LANGUAGES, SEVERITIES, type Language, type Severity } from './domain';
import {
  HANDOFF_STATUSES,
  UPDATE_STATUSES,
  type HandoffStatus,
  type UpdateStatus,
} from './escalation-status';
import { id, optionalText, requiredText } from './validation';

/** The two kinds of request the desk hands off to 21Vianet. */
export const REQUEST_KINDS = ['escalation', 'partner_request'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** 21Vianet's service request number as its form shows it: letters, digits and the usual separators. */
export const requestNumber = z
  .string()
  .trim()
  .min(3, 'validation.requestNumber')
  .max(40, 'validation.tooLong')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'validation.requestNumber');

export const severity = z.enum(SEVERITIES, { message: 'validation.choose' });
export const summaryLanguage = z.enum(LANGUAGES, { message: 'validation.choose' });
/** Who 21Vianet should call, or who called from 21Vianet: a name with a phone or an e-mail. */
export const contactText = requiredText(300);

/** What every draft asks 21Vianet, whatever its kind; the kind's prepare input adds its own fields. */
export const draftFields = {
  /** The draft being continued; absent to start one. */
  id: id.optional(),
  title: requiredText(200),
  severity,
  businessImpact: requiredText(2_000),
  contact: contactText,
  summaryLanguage,
  /** Prepared with no network: it waits in the queue until the network returns. */
  offline: z.boolean().default(false),
};

/** After submitting in 21Vianet's form: its request number, the severity it gave, its representative. */
export const submitInput = z
  .object({ id, requestNumber, vianetSeverity: severity, vianetContact: contactText })
  .strict();

/** A later update: 21Vianet contacted us, gave a solution, closed it; or the desk withdrew it. */
export const updateInput = z
  .object({
    id,
    /** The status the agent saw; a different current status is a CONFLICT. */
    from: z.enum(HANDOFF_STATUSES),
    to: z.enum(UPDATE_STATUSES, { message: 'validation.choose' }),
    note: optionalText(2_000).optional(),
  })
  .strict();

export type SubmitInput = z.output<typeof submitInput>;
export type UpdateInput = z.output<typeof updateInput>;

/** One request by its id: to read it, or to discard its draft. */
export const requestIdInput = z.object({ id }).strict();

/** A list of either kind: open (not yet closed or withdrawn, drafts included) or all, newest first. */
export const listInput = z
  .object({
    filter: z.enum(['open', 'all']).default('open'),
    limit: z.number().int().min(1).max(1_000).default(500),
  })
  .strict();

/** What 21Vianet answered when the request was submitted in its form. */
export interface Submission {
  requestNumber: string;
  vianetSeverity: Severity;
  vianetContact: string;
}

/** A later update as the request's history records it: the change, and the note when one was given. */
export interface StatusUpdate {
  from: HandoffStatus;
  to: UpdateStatus;
  note?: string;
}

/** What 21Vianet said and did, common to both kinds of request. */
export interface HandoffTracking {
  requestNumber: string | null;
  vianetSeverity: Severity | null;
  vianetContact: string | null;
  /** Prepared while the workstation had no network. */
  queuedOffline: boolean;
  submittedAt: number | null;
  /** When it was closed or withdrawn. */
  endedAt: number | null;
}

/** What every request asks 21Vianet, as the desk wrote it. */
export interface DraftFields {
  title: string;
  severity: Severity;
  businessImpact: string;
  contact: string;
  summaryLanguage: Language;
}

/** What both kinds of request record beside 21Vianet's side: who prepared it, and what it asks. */
export interface HandoffRequest extends HandoffTracking, DraftFields {
  id: string;
  /** Who prepared it. */
  agentId: string;
  agentName: string;
  status: HandoffStatus;
  createdAt: number;
  updatedAt: number;
}
