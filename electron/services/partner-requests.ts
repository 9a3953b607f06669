// Partner Center requests: the tracked-request life of tracked-requests.ts, without a case; their history
// is their own append-only event log.
import type { ParsedInputOf } from '../../core/api';
import type {
  PartnerRequest,
  PartnerRequestDetail,
  partnerRequestsOperations,
} from '../../core/partner-requests';
import { uuidv7 } from '../../db/ids';
import { appendPartnerEvent, partnerEvents, partnerTable } from '../../db/queries/partner-requests';
import type { ServiceContext } from './context';
import { orNotFound } from './errors';
import { saveDraft, trackedOperations, type TrackedKind } from './tracked-requests';
import type { Handlers } from './handlers';

const PARTNER_REQUEST: TrackedKind<PartnerRequest, 'category' | 'description'> = {
  label: 'partner request',
  table: partnerTable,
  transaction: (ctx, _request, change) => ctx.db.transaction(change).immediate(),
  submitted: (ctx, request, submission, at) => appendEvent(ctx, request, 'submitted', submission, at),
  updated: (ctx, request, change, at) => appendEvent(ctx, request, 'updated', change, at),
};

function appendEvent(
  ctx: ServiceContext,
  request: PartnerRequest,
  kind: string,
  payload: unknown,
  at: number,
) {
  appendPartnerEvent(ctx.db, {
    id: uuidv7(at),
    requestId: request.id,
    agentId: ctx.agentId,
    at,
    kind,
    payload,
  });
}

export function partnerRequestList(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.list'>,
): PartnerRequest[] {
  return partnerTable.list(ctx.db, { open: input.filter === 'open', limit: input.limit });
}

export function partnerRequestDetail(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.get'>,
): PartnerRequestDetail {
  const request = orNotFound(partnerTable.get(ctx.db, input.id), 'partner request', input.id);
  return { ...request, events: partnerEvents(ctx.db, request.id) };
}

export function preparePartnerRequest(
  ctx: ServiceContext,
  input: ParsedInputOf<'partnerRequests.prepare'>,
): PartnerRequestDetail {
  const id = ctx.db.transaction(() => saveDraft(ctx, PARTNER_REQUEST, input)).immediate();
  return partnerRequestDetail(ctx, { id });
}

const operations = trackedOperations(PARTNER_REQUEST, (ctx, id) => partnerRequestDetail(ctx, { id }));
export const submitPartnerRequest = operations.submit;
export const updatePartnerRequest = operations.update;
export const discardPartnerRequest = operations.discard;

/** The operations of core/partner-requests.ts (`partnerRequestsOperations`), bound to the functions above. */
export const partnerRequestsHandlers: Handlers<typeof partnerRequestsOperations> = {
  'partnerRequests.list': partnerRequestList,
  'partnerRequests.get': partnerRequestDetail,
  'partnerRequests.prepare': preparePartnerRequest,
  'partnerRequests.submit': submitPartnerRequest,
  'partnerRequests.update': updatePartnerRequest,
  'partnerRequests.discard': discardPartnerRequest,
};
