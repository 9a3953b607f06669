import { z } from 'zod';
import { CASE_STATUSES, CHANNELS, SEVERITIES, SUPPORT_AREAS } from './domain';
import type { CaseStatus, Channel, Severity, SupportArea } from './domain';
import { newCustomerInput } from './customers';
import { id, optionalText, requiredText } from './validation';

const pick = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: 'validation.choose' });

export const casesCreateInput = z.object({
  /** An existing customer, or one created in the same transaction as the case. */
  customer: z
    .object({ id: id.optional(), new: newCustomerInput.optional() })
    .refine((c) => (c.id === undefined) !== (c.new === undefined), 'validation.customer'),
  title: requiredText(200),
  description: optionalText(20_000).default(''),
  supportArea: pick(SUPPORT_AREAS),
  /** A key of the service catalogue (services.list). */
  service: z.string().trim().min(1, 'validation.choose').max(40, 'validation.tooLong'),
  severity: pick(SEVERITIES),
  channel: pick(CHANNELS),
});
export type CasesCreateInput = z.input<typeof casesCreateInput>;

export const casesGetInput = z.object({ id });

export const casesAddNoteInput = z.object({
  caseId: id,
  body: requiredText(20_000),
});

export const casesChangeStatusInput = z.object({
  caseId: id,
  /** The status the agent saw; a different current status is a CONFLICT, not a silent overwrite. */
  from: z.enum(CASE_STATUSES),
  to: z.enum(CASE_STATUSES, { message: 'validation.choose' }),
  reason: optionalText(2_000).optional(),
});

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
}

export type CaseEvent =
  | EventBase<'created', { title: string; severity: Severity; status: CaseStatus }>
  | EventBase<'note', { body: string }>
  | EventBase<'status_changed', { from: CaseStatus; to: CaseStatus; reason?: string }>;

interface EventBase<K extends string, P> {
  id: string;
  caseId: string;
  kind: K;
  at: number;
  agentId: string;
  agentName: string;
  payload: P;
}
export type CaseEventKind = CaseEvent['kind'];

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
  createdAt: number;
  updatedAt: number;
  events: CaseEvent[];
}
