import type { ParsedInputOf } from '../contract/api';
import type { CaseDetail, CaseEvent } from '../contract/cases';
import { canTransition, formatCaseNumber, isReopen } from '../contract/domain';
import { uuidv7 } from '../../db/ids';
import { getCaseRow, insertCase, nextCaseSequence, setCaseStatus, touchCase } from '../../db/queries/cases';
import { getAgent } from '../../db/queries/agents';
import { getCustomer } from '../../db/queries/customers';
import { serviceExists } from '../../db/queries/services';
import { appendEvent, listEvents } from '../../db/queries/events';
import type { ServiceContext } from './context';
import { createCustomer } from './customers';
import { conflict, invalidField, notFound } from './errors';

export function createCase(ctx: ServiceContext, input: ParsedInputOf<'cases.create'>): CaseDetail {
  const id = ctx.db
    .transaction(() => {
      const { id: pickedId, new: newCustomer } = input.customer;
      const customer = newCustomer
        ? createCustomer(ctx, newCustomer, 'customer.new.')
        : existingCustomer(ctx, pickedId!);
      if (!serviceExists(ctx.db, input.service)) {
        throw invalidField('service', 'validation.choose', `unknown service ${input.service}`);
      }
      const now = ctx.now();
      const caseId = uuidv7(now);
      const year = new Date(now).getFullYear();
      insertCase(ctx.db, {
        id: caseId,
        number: formatCaseNumber(year, nextCaseSequence(ctx.db, year)),
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
      appendEvent(ctx.db, {
        id: uuidv7(now),
        caseId,
        agentId: ctx.agentId,
        at: now,
        kind: 'created',
        payload: { title: input.title, severity: input.severity, status: 'new' },
      });
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

export function caseDetail(ctx: ServiceContext, input: ParsedInputOf<'cases.get'>): CaseDetail {
  const row = getCaseRow(ctx.db, input.id);
  if (!row) throw notFound('case', input.id);
  const customer = getCustomer(ctx.db, row.customerId)!;
  const {
    createdBy: _createdBy,
    customerId: _customerId,
    ownerId: _ownerId,
    requestNumber: _requestNumber,
    ...rest
  } = row;
  return {
    ...rest,
    customer: { id: customer.id, name: customer.name, tenantDomain: customer.tenantDomain },
    events: listEvents(ctx.db, row.id) as CaseEvent[],
  };
}

export function addNote(ctx: ServiceContext, input: ParsedInputOf<'cases.addNote'>): CaseEvent {
  return ctx.db
    .transaction(() => {
      if (!getCaseRow(ctx.db, input.caseId)) throw notFound('case', input.caseId);
      const now = ctx.now();
      const event = {
        id: uuidv7(now),
        caseId: input.caseId,
        agentId: ctx.agentId,
        at: now,
        kind: 'note' as const,
        payload: { body: input.body },
      };
      appendEvent(ctx.db, event);
      touchCase(ctx.db, input.caseId, now);
      return { ...event, agentName: getAgent(ctx.db, ctx.agentId)?.name ?? '' };
    })
    .immediate();
}

export function changeStatus(ctx: ServiceContext, input: ParsedInputOf<'cases.changeStatus'>): CaseDetail {
  ctx.db
    .transaction(() => {
      const row = getCaseRow(ctx.db, input.caseId);
      if (!row) throw notFound('case', input.caseId);
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
      const now = ctx.now();
      appendEvent(ctx.db, {
        id: uuidv7(now),
        caseId: row.id,
        agentId: ctx.agentId,
        at: now,
        kind: 'status_changed',
        payload: { from: row.status, to: input.to, ...(reason ? { reason } : {}) },
      });
      setCaseStatus(ctx.db, row.id, input.to, now);
    })
    .immediate();
  return caseDetail(ctx, { id: input.caseId });
}
