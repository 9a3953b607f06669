// Partner Center requests: the reseller's own problems with Partner Center operated by 21Vianet, submitted
// through Support requests > Partner Center requests > New request. Tracked like escalations, without a
// customer or a case.
import { z } from 'zod';
import type { Severity } from './domain';
import {
  contactText,
  listFields,
  severity,
  submitFields,
  summaryLanguage,
  updateFields,
  type HandoffRequest,
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
export const partnerRequestsListInput = z.object(listFields).strict();

export interface PartnerRequest extends HandoffRequest {
  category: PartnerCategory;
  description: string;
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
