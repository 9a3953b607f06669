// Partner Center requests: the same hand-off as an escalation (draft, submit, updates), without a case;
// their history is their own append-only event log.
import type { ParsedInputOf } from '../../core/api';
import type { PartnerRequest, PartnerRequestDetail } from '../../core/partner-requests';
import { uuidv7 } from '../../db/ids';
import {
  appendPartnerEvent,
  getPartnerRequest,
  insertPartnerDraft,
  listPartnerRequests,
  partnerEvents,
  partnerWrites,
  updatePartnerDraft,
} from '../../db/queries/partner-requests';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import { discardDraft, recordSubmission, recordUpdate, type HandoffKind } from './handoff-requests';
import type { partnerRequestsOperations } from '../../core/operations/partner-requests';
import type { Handlers } from './handlers';

const PARTNER_REQUEST: HandoffKind = { label: 'partner request', ...partnerWrites };

export function partnerRequestList(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.list'>,
): PartnerRequest[] {
  return listPartnerRequests(ctx.db, { open: input.filter === 'open', limit: input.limit });
}

export function partnerRequestDetail(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.get'>,
): PartnerRequestDetail {
  const request = getPartnerRequest(ctx.db, input.id);
  if (!request) throw notFound('partner request', input.id);
  return { ...request, events: partnerEvents(ctx.db, request.id) };
}

export function preparePartnerRequest(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.prepare'>,
): PartnerRequestDetail {
  const id = ctx.db
    .transaction(() => {
      const now = ctx.now();
      const fields = {
        agentId: ctx.agentId,
        category: input.category,
        title: input.title,
        description: input.description,
        severity: input.severity,
        businessImpact: input.businessImpact,
        contact: input.contact,
        summaryLanguage: input.summaryLanguage,
        at: now,
      };
      if (!input.id) {
        const draftId = uuidv7(now);
        insertPartnerDraft(ctx.db, { ...fields, id: draftId, queuedOffline: input.offline });
        return draftId;
      }
      const current = getPartnerRequest(ctx.db, input.id);
      if (!current) throw notFound('partner request', input.id);
      if (current.status !== 'draft') throw conflict(`partner request ${input.id} was submitted meanwhile`);
      updatePartnerDraft(ctx.db, {
        ...fields,
        id: current.id,
        queuedOffline: current.queuedOffline || input.offline,
      });
      return current.id;
    })
    .immediate();
  return partnerRequestDetail(ctx, { id });
}

export function submitPartnerRequest(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.submit'>,
): PartnerRequestDetail {
  ctx.db
    .transaction(() => {
      const current = getPartnerRequest(ctx.db, input.id);
      if (!current) throw notFound('partner request', input.id);
      const now = recordSubmission(ctx, PARTNER_REQUEST, current, input);
      const { requestNumber, vianetSeverity, vianetContact } = input;
      appendPartnerEvent(ctx.db, {
        id: uuidv7(now),
        requestId: current.id,
        agentId: ctx.agentId,
        at: now,
        kind: 'submitted',
        payload: { requestNumber, vianetSeverity, vianetContact },
      });
    })
    .immediate();
  return partnerRequestDetail(ctx, { id: input.id });
}

export function updatePartnerRequest(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.update'>,
): PartnerRequestDetail {
  ctx.db
    .transaction(() => {
      const current = getPartnerRequest(ctx.db, input.id);
      if (!current) throw notFound('partner request', input.id);
      const { at, change } = recordUpdate(ctx, PARTNER_REQUEST, current, input);
      appendPartnerEvent(ctx.db, {
        id: uuidv7(at),
        requestId: current.id,
        agentId: ctx.agentId,
        at,
        kind: 'updated',
        payload: change,
      });
    })
    .immediate();
  return partnerRequestDetail(ctx, { id: input.id });
}

export function discardPartnerRequest(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.discard'>,
): { discarded: boolean } {
  return discardDraft(ctx, PARTNER_REQUEST, input.id, getPartnerRequest(ctx.db, input.id));
}

/** The operations of core/operations/partner-requests.ts, bound to the functions above. */
export const partnerRequestsHandlers: Handlers<typeof partnerRequestsOperations> = {
  'partnerRequests.list': partnerRequestList,
  'partnerRequests.get': partnerRequestDetail,
  'partnerRequests.prepare': preparePartnerRequest,
  'partnerRequests.submit': submitPartnerRequest,
  'partnerRequests.update': updatePartnerRequest,
  'partnerRequests.discard': discardPartnerRequest,
};
