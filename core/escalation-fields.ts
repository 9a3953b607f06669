// Fields shared by customer escalations and Partner Center requests: what is recorded once 21Vianet has
// the request, and the later updates.
import { z } from 'zod';
import { LANGUAGES, SEVERITIES, type Language, type Severity } from './domain';
import { HANDOFF_STATUSES, UPDATE_STATUSES, type HandoffStatus } from './escalation-status';
import { id, optionalText, requiredText } from './validation';

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

/** After submitting in 21Vianet's form: its request number, the severity it gave, its representative. */
export const submitFields = {
  id,
  requestNumber,
  vianetSeverity: severity,
  vianetContact: contactText,
};

/** A later update: 21Vianet contacted us, gave a solution, closed it; or the desk withdrew it. */
export const updateFields = {
  id,
  /** The status the agent saw; a different current status is a CONFLICT. */
  from: z.enum(HANDOFF_STATUSES),
  to: z.enum(UPDATE_STATUSES, { message: 'validation.choose' }),
  note: optionalText(2_000).optional(),
};

/** A list of either kind: open (not yet closed or withdrawn, drafts included) or all, newest first. */
export const listFields = {
  filter: z.enum(['open', 'all']).default('open'),
  limit: z.number().int().min(1).max(1_000).default(500),
};

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

/** What both kinds of request record beside 21Vianet's side: who prepared it, and what it asks. */
export interface HandoffRequest extends HandoffTracking {
  id: string;
  /** Who prepared it. */
  agentId: string;
  agentName: string;
  status: HandoffStatus;
  title: string;
  severity: Severity;
  businessImpact: string;
  contact: string;
  summaryLanguage: Language;
  createdAt: number;
  updatedAt: number;
}
