// Partner Center requests: the same hand-off as an escalation (draft, submit, updates), without a case;
// their history is their own append-only event log.
import type { ParsedInputOf } from '../contract/api';
import { canUpdate } from '../contract/escalation-status';
import type { PartnerRequest, PartnerRequestDetail } from '../contract/partner-requests';
import { uuidv7 } from '../../db/ids';
import { requestNumberTaken } from '../../db/queries/escalations';
import {
  appendPartnerEvent,
  deletePartnerDraft,
  getPartnerRequest,
  insertPartnerDraft,
  listPartnerRequests,
  markPartnerSubmitted,
  partnerEvents,
  setPartnerStatus,
  updatePartnerDraft,
} from '../../db/queries/partner-requests';
import type { ServiceContext } from './context';
import { conflict, invalidField, notFound } from './errors';

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
        const id = uuidv7(now);
        insertPartnerDraft(ctx.db, { ...fields, id, queuedOffline: input.offline });
        return id;
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
      if (current.status !== 'draft') throw conflict(`partner request ${input.id} was submitted already`);
      if (requestNumberTaken(ctx.db, input.requestNumber)) {
        throw invalidField(
          'requestNumber',
          'validation.requestNumberTaken',
          `request ${input.requestNumber} is recorded already`,
        );
      }
      const now = ctx.now();
      markPartnerSubmitted(ctx.db, { ...input, at: now });
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
      if (current.status !== input.from)
        throw conflict(`partner request ${input.id} is now ${current.status}`);
      if (!canUpdate(current.status, input.to)) {
        throw conflict(`partner request ${input.id} cannot go from ${current.status} to ${input.to}`);
      }
      const now = ctx.now();
      setPartnerStatus(ctx.db, current.id, input.to, now);
      const note = input.note?.trim();
      appendPartnerEvent(ctx.db, {
        id: uuidv7(now),
        requestId: current.id,
        agentId: ctx.agentId,
        at: now,
        kind: 'updated',
        payload: { from: current.status, to: input.to, ...(note ? { note } : {}) },
      });
    })
    .immediate();
  return partnerRequestDetail(ctx, { id: input.id });
}

export function discardPartnerRequest(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.discard'>,
): { discarded: boolean } {
  const current = getPartnerRequest(ctx.db, input.id);
  if (!current) throw notFound('partner request', input.id);
  if (current.status !== 'draft') {
    throw conflict(`partner request ${input.id} was submitted: withdraw it instead`);
  }
  return { discarded: deletePartnerDraft(ctx.db, input.id) };
}
