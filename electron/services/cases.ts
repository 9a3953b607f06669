import type { ParsedInputOf } from '../../core/api';
import { CASE_FIELDS, type CaseDetail, type CaseEvent } from '../../core/cases';
import { formatCaseNumber } from '../../core/case-number';
import { canTransition, isOpenStatus, isReopen, type CaseStatus } from '../../core/domain';
import { uuidv7 } from '../../db/ids';
import { getAgent } from '../../db/queries/agents';
import { listAttachments } from '../../db/queries/attachments';
import {
  getCaseRow,
  insertCase,
  nextCaseSequence,
  setCaseField,
  setCaseOwner,
  setCaseStatus,
} from '../../db/queries/cases';
import { getCustomer } from '../../db/queries/customers';
import { listEvents } from '../../db/queries/events';
import { linksOf } from '../../db/queries/links';
import { serviceExists } from '../../db/queries/services';
import { listTags } from '../../db/queries/tags';
import { changeCase, recordEvent } from './case-events';
import type { ServiceContext } from './context';
import { createCustomer } from './customers';
import { conflict, invalidField, orNotFound } from './errors';
import type { casesOperations } from '../../core/cases';
import type { Handlers } from './handlers';
import { workstationCode } from '../../db/sync/state';

// Timeline entries live in case-events.ts; re-exported for the callers that know them from here.
export { addNote } from './case-events';

export function createCase(ctx: ServiceContext, input: ParsedInputOf<'cases.create'>): CaseDetail {
  const id = ctx.db
    .transaction(() => {
      const { id: pickedId, new: newCustomer } = input.customer;
      const customer = newCustomer
        ? createCustomer(ctx, newCustomer, 'customer.new.')
        : existingCustomer(ctx, pickedId!);
      assertService(ctx, input.service);
      const now = ctx.now();
      const caseId = uuidv7(now);
      const year = new Date(now).getFullYear();
      insertCase(ctx.db, {
        id: caseId,
        number: formatCaseNumber(year, nextCaseSequence(ctx.db, year), workstationCode(ctx.db)),
        customerId: customer.id,
        customerName: customer.name,
        title: input.title,
        description: input.description,
        supportArea: input.supportArea,
        service: input.service,
        severity: input.severity,
        channel: input.channel,
        status: 'new',
        ownerId: null,
        requestNumber: null,
        createdBy: ctx.agentId,
        createdAt: now,
        updatedAt: now,
      });
      recordEvent(
        ctx,
        caseId,
        'created',
        { title: input.title, severity: input.severity, status: 'new' },
        now,
      );
      return caseId;
    })
    .immediate();
  return caseDetail(ctx, { id });
}

function existingCustomer(ctx: ServiceContext, id: string) {
  const customer = getCustomer(ctx.db, id);
  if (!customer) throw invalidField('customer', 'validation.customer', `customer ${id} does not exist`);
  return customer;
}

function assertService(ctx: ServiceContext, key: string): void {
  if (!serviceExists(ctx.db, key))
    throw invalidField('service', 'validation.choose', `unknown service ${key}`);
}

export function caseDetail(ctx: ServiceContext, input: ParsedInputOf<'cases.get'>): CaseDetail {
  const row = orNotFound(getCaseRow(ctx.db, input.id), 'case', input.id);
  const customer = getCustomer(ctx.db, row.customerId)!;
  const owner = row.ownerId ? getAgent(ctx.db, row.ownerId) : undefined;
  const { createdBy: _createdBy, customerId: _customerId, ownerId: _ownerId, ...rest } = row;
  return {
    ...rest,
    customer: { id: customer.id, name: customer.name, tenantDomain: customer.tenantDomain },
    owner: owner ? { id: owner.id, name: owner.name } : null,
    tags: listTags(ctx.db, row.id),
    links: linksOf(ctx.db, row.id),
    attachments: listAttachments(ctx.db, row.id),
    events: listEvents(ctx.db, row.id) as CaseEvent[],
  };
}

export function changeStatus(ctx: ServiceContext, input: ParsedInputOf<'cases.changeStatus'>): CaseDetail {
  changeCase(ctx, input.caseId, (row) => {
    if (row.status !== input.from) {
      throw conflict(`case ${row.number} is now ${row.status}, not ${input.from}`);
    }
    if (!canTransition(row.status, input.to)) {
      throw conflict(`case ${row.number} cannot go from ${row.status} to ${input.to}`);
    }
    const reason = input.reason?.trim();
    if (isReopen(row.status, input.to) && !reason) {
      throw invalidField('reason', 'validation.reopenReason', 'a reopen needs a reason');
    }
    writeStatus(ctx, row.id, row.status, input.to, reason);
  });
  return caseDetail(ctx, { id: input.caseId });
}

/**
 * Moves an open case to another open status on the desk's behalf, as one status change: 21Vianet's request
 * number puts a case waiting on the customer straight to waiting on 21Vianet, without an "in progress"
 * nobody chose. The agent's own moves go through `changeStatus` and its transitions.
 */
export function moveOpenCase(ctx: ServiceContext, caseId: string, to: CaseStatus): void {
  changeCase(ctx, caseId, (row) => {
    if (row.status === to) return;
    if (!isOpenStatus(row.status) || !isOpenStatus(to)) {
      throw conflict(`case ${row.number} cannot go from ${row.status} to ${to} on its own`);
    }
    writeStatus(ctx, row.id, row.status, to);
  });
}

/** One status change: the timeline event and the case's status, at the same instant. */
function writeStatus(ctx: ServiceContext, caseId: string, from: CaseStatus, to: CaseStatus, reason?: string) {
  const now = ctx.now();
  recordEvent(ctx, caseId, 'status_changed', { from, to, ...(reason ? { reason } : {}) }, now);
  setCaseStatus(ctx.db, caseId, to, now);
}

/** The edit form: one `field_changed` event per field whose value really changes. */
export function updateCase(ctx: ServiceContext, input: ParsedInputOf<'cases.update'>): CaseDetail {
  changeCase(ctx, input.caseId, (row) => {
    const now = ctx.now();
    for (const field of CASE_FIELDS) {
      const to = input.changes[field];
      if (to === undefined || to === row[field]) continue;
      const seen = input.from[field];
      if (seen !== undefined && seen !== row[field]) {
        throw conflict(`case ${row.number}: ${field} was changed meanwhile`);
      }
      if (field === 'service') assertService(ctx, to);
      recordEvent(ctx, row.id, 'field_changed', { field, from: row[field], to }, now);
      setCaseField(ctx.db, row.id, field, to, now);
    }
  });
  return caseDetail(ctx, { id: input.caseId });
}

/** Takes or hands over a case (or leaves it unassigned); the names are kept in the event as they were. */
export function assignCase(ctx: ServiceContext, input: ParsedInputOf<'cases.assign'>): CaseDetail {
  changeCase(ctx, input.caseId, (row) => {
    if (row.ownerId !== input.from) throw conflict(`case ${row.number} has another owner meanwhile`);
    if (row.ownerId === input.ownerId) return;
    const to = input.ownerId ? getAgent(ctx.db, input.ownerId) : null;
    if (to === undefined)
      throw invalidField('ownerId', 'validation.choose', `agent ${input.ownerId} not found`);
    const from = row.ownerId ? getAgent(ctx.db, row.ownerId) : null;
    const now = ctx.now();
    recordEvent(
      ctx,
      row.id,
      'assigned',
      { from: from ? { id: from.id, name: from.name } : null, to: to ? { id: to.id, name: to.name } : null },
      now,
    );
    setCaseOwner(ctx.db, row.id, to?.id ?? null, now);
  });
  return caseDetail(ctx, { id: input.caseId });
}

/** The operations of core/cases.ts (`casesOperations`), bound to the functions above. */
export const casesHandlers: Handlers<typeof casesOperations> = {
  'cases.get': caseDetail,
  'cases.create': createCase,
  'cases.changeStatus': changeStatus,
  'cases.update': updateCase,
  'cases.assign': assignCase,
};
