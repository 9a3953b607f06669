// Partner Center requests: the reseller's own problems with Partner Center operated by 21Vianet, submitted
// through Support requests > Partner Center requests > New request. Tracked like escalations, without a
// customer or a case.
import { z } from 'zod';
import type { Language, Severity } from './domain';
import {
  contactText,
  severity,
  submitFields,
  summaryLanguage,
  updateFields,
  type HandoffTracking,
} from './escalation-fields';
import type { HandoffStatus, UpdateStatus } from './escalation-status';
import { id, requiredText } from './validation';

/** The seed's three kinds of Partner Center issue. */
export const PARTNER_CATEGORIES = ['technical', 'billing', 'customer_subscription'] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

export const partnerRequestsPrepareInput = z
  .object({
    /** The draft being continued; absent to start one. */
    id: id.optional(),
    category: z.enum(PARTNER_CATEGORIES, { message: 'validation.choose' }),
    title: requiredText(200),
    description: requiredText(5_000),
    severity,
    businessImpact: requiredText(2_000),
    contact: contactText,
    summaryLanguage,
    offline: z.boolean().default(false),
  })
  .strict();
export type PartnerRequestPrepareInput = z.input<typeof partnerRequestsPrepareInput>;

export const partnerRequestsSubmitInput = z.object(submitFields).strict();
export const partnerRequestsUpdateInput = z.object(updateFields).strict();
export const partnerRequestsDiscardInput = z.object({ id }).strict();
export const partnerRequestsGetInput = z.object({ id }).strict();
export const partnerRequestsListInput = z
  .object({
    filter: z.enum(['open', 'all']).default('open'),
    limit: z.number().int().min(1).max(1_000).default(500),
  })
  .strict();

export interface PartnerRequest extends HandoffTracking {
  id: string;
  agentId: string;
  agentName: string;
  status: HandoffStatus;
  category: PartnerCategory;
  title: string;
  description: string;
  severity: Severity;
  businessImpact: string;
  contact: string;
  summaryLanguage: Language;
  createdAt: number;
  updatedAt: number;
}

/** The request's own history (it has no case timeline): append-only, like a case's. */
export type PartnerRequestEvent =
  | PartnerEventBase<'submitted', { requestNumber: string; vianetSeverity: Severity; vianetContact: string }>
  | PartnerEventBase<'updated', { from: HandoffStatus; to: UpdateStatus; note?: string }>;

interface PartnerEventBase<K extends string, P> {
  id: string;
  requestId: string;
  kind: K;
  at: number;
  agentId: string;
  agentName: string;
  payload: P;
}

export interface PartnerRequestDetail extends PartnerRequest {
  events: PartnerRequestEvent[];
}
