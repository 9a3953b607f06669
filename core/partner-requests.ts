// Partner Center requests: the reseller's own problems with Partner Center operated by 21Vianet, submitted
// through Support requests > Partner Center requests > New request. Tracked like escalations, without a
// customer or a case.
import { z } from 'zod';
import * as tracked from './tracked-request';
import { requiredText } from './validation';
import { reads, writes } from './operation';

/** The seed's three kinds of Partner Center issue. */
export const PARTNER_CATEGORIES = ['technical', 'billing', 'customer_subscription'] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

/** Beyond what every request asks: which kind of Partner Center issue, described. */
export const partnerRequestsPrepareInput = z
  .object({
    ...tracked.draftFields,
    category: z.enum(PARTNER_CATEGORIES, { message: 'validation.choose' }),
    description: requiredText(5_000),
  })
  .strict();
export type PartnerRequestPrepareInput = z.input<typeof partnerRequestsPrepareInput>;

export interface PartnerRequest extends tracked.HandoffRequest {
  category: PartnerCategory;
  description: string;
}

/** The request's own history (it has no case timeline): append-only, like a case's. */
export type PartnerRequestEvent =
  PartnerEventBase<'submitted', tracked.Submission> | PartnerEventBase<'updated', tracked.StatusUpdate>;

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

/** Partner Center requests. Implemented by electron/services/partner-requests.ts. */
export const partnerRequestsOperations = {
  'partnerRequests.list': reads<PartnerRequest[]>()(tracked.listInput),
  'partnerRequests.get': reads<PartnerRequestDetail>()(tracked.requestIdInput),
  'partnerRequests.prepare': writes<PartnerRequestDetail>()(partnerRequestsPrepareInput),
  'partnerRequests.submit': writes<PartnerRequestDetail>()(tracked.submitInput),
  'partnerRequests.update': writes<PartnerRequestDetail>()(tracked.updateInput),
  'partnerRequests.discard': writes<{ discarded: boolean }>()(tracked.requestIdInput),
};
