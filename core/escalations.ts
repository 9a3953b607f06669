// Escalations: service requests the desk submits to 21Vianet on behalf of a customer, for a case it
// cannot reasonably solve itself (seed: missing training, documentation and/or support tools).
import { z } from 'zod';
import type { Contact } from './customers';
import type { CaseStatus, Severity, SupportArea } from './domain';
import {
  draftFields,
  listInput,
  requestIdInput,
  submitInput,
  updateInput,
  type HandoffRequest,
  type StatusUpdate,
  type Submission,
} from './tracked-request';
import { id, requiredText } from './validation';
import { reads, writes } from './operation';
import type { CaseDetail } from './cases';

/** The three reasons the seed allows for escalating: what the desk lacks. */
export const ESCALATION_REASONS = ['training', 'documentation', 'tools'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** Where the hand-off window opens: Partner Center's customer requests, or the customer's admin center. */
export const HANDOFF_TARGETS = ['partner_center', 'admin_center'] as const;
export type HandoffTarget = (typeof HANDOFF_TARGETS)[number];

/** A sentence of evidence: enough to show 21Vianet why the desk could not solve it itself. */
export const MIN_EVIDENCE_CHARS = 10;

export const reasonInput = z
  .object({
    reason: z.enum(ESCALATION_REASONS, { message: 'validation.choose' }),
    evidence: z
      .string()
      .trim()
      .min(MIN_EVIDENCE_CHARS, 'validation.evidence')
      .max(1_000, 'validation.tooLong'),
  })
  .strict();
export type ReasonInput = z.infer<typeof reasonInput>;

const serviceKey = z.string().trim().min(1, 'validation.choose').max(40, 'validation.tooLong');

/**
 * Prepares an escalation (a draft), or updates the case's draft: everything but 21Vianet's answer. Beyond
 * what every request asks, an escalation belongs to a case and says why, for which service, and where.
 */
export const escalationsPrepareInput = z
  .object({
    ...draftFields,
    caseId: id,
    /** What the desk tried before escalating. */
    tried: requiredText(5_000),
    reasons: z
      .array(reasonInput)
      .min(1, 'validation.reasonNeeded')
      .max(ESCALATION_REASONS.length, 'validation.invalid')
      .refine((r) => new Set(r.map((x) => x.reason)).size === r.length, 'validation.invalid'),
    service: serviceKey,
    /** One indivisible issue, as 21Vianet's form asks. */
    issue: requiredText(5_000),
    target: z.enum(HANDOFF_TARGETS, { message: 'validation.choose' }),
  })
  .strict();
export type EscalationPrepareInput = z.input<typeof escalationsPrepareInput>;

export interface EscalationReasonEntry {
  reason: EscalationReason;
  evidence: string;
}

export interface Escalation extends HandoffRequest {
  caseId: string;
  tried: string;
  reasons: EscalationReasonEntry[];
  service: string;
  issue: string;
  target: HandoffTarget;
}

/** An escalation with the case it belongs to, for lists. */
export interface EscalationListItem extends Escalation {
  caseNumber: string;
  caseTitle: string;
  caseStatus: CaseStatus;
  supportArea: SupportArea;
  customerId: string;
  customerName: string;
}

/** What the escalation panel needs about the case's customer and its escalations, in one call. */
export interface CaseEscalations {
  /** The newest first; at most one is open (not closed or withdrawn). */
  escalations: Escalation[];
  /** Only customers with a premium agreement may ask for severity A. */
  premiumAgreement: boolean;
  /** Whether the customer granted the reseller an admin role: only then can the desk submit in its admin center. */
  adminRole: boolean;
  contacts: Contact[];
}

/** Timeline payload: the request reached 21Vianet (the severity asked for beside the one 21Vianet gave). */
export interface EscalationSubmittedPayload extends Submission {
  escalationId: string;
  service: string;
  severity: Severity;
  reasons: EscalationReason[];
}

/** Timeline payload: a later update of the request. */
export interface EscalationUpdatedPayload extends StatusUpdate {
  escalationId: string;
  requestNumber: string;
}

/** Submitting or updating an escalation also changes the case (status, request number, timeline). */
export interface EscalationChange {
  escalation: Escalation;
  case: CaseDetail;
}

/** Escalations to 21Vianet. Implemented by electron/services/escalations.ts. */
export const escalationsOperations = {
  'caseEscalations.get': reads<CaseEscalations>()(z.object({ caseId: id }).strict()),
  'escalations.list': reads<EscalationListItem[]>()(listInput),
  'escalations.prepare': writes<Escalation>()(escalationsPrepareInput),
  'escalations.submit': writes<EscalationChange>()(submitInput),
  'escalations.update': writes<EscalationChange>()(updateInput),
  'escalations.discard': writes<{ discarded: boolean }>()(requestIdInput),
};
