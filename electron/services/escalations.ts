// Escalations on behalf of a customer: prepared (a draft, the offline queue), submitted in 21Vianet's form
// (the request number comes back into the case, which then waits on 21Vianet), and updated until closed.
import type { ParsedInputOf } from '../../core/api';
import { canTransition, isOpenStatus, type CaseStatus } from '../../core/domain';
import { allowedEscalationSeverities, isWaitingOn21v } from '../../core/escalation-status';
import type {
  CaseEscalations,
  Escalation,
  EscalationChange,
  EscalationListItem,
} from '../../core/escalations';
import { uuidv7 } from '../../db/ids';
import { getCaseRow, type CaseRow } from '../../db/queries/cases';
import { listContacts } from '../../db/queries/contacts';
import {
  customerPremium,
  escalationsOfCase,
  escalationWrites,
  getEscalation,
  insertEscalationDraft,
  listEscalations,
  openEscalationOfCase,
  replaceReasons,
  setCaseRequestNumber,
  updateEscalationDraft,
} from '../../db/queries/escalations';
import { serviceExists } from '../../db/queries/services';
import { changeCase, recordEvent } from './case-events';
import { caseDetail, changeStatus } from './cases';
import type { ServiceContext } from './context';
import { conflict, invalidField, notFound } from './errors';
import { discardDraft, recordSubmission, recordUpdate, type HandoffKind } from './handoff-requests';
import type { escalationsOperations } from '../../core/operations/escalations';
import type { Handlers } from './handlers';

const ESCALATION: HandoffKind = { label: 'escalation', ...escalationWrites };

export function caseEscalations(
  ctx: ServiceContext,
  input: ParsedInputOf<'caseEscalations.get'>,
): CaseEscalations {
  const row = getCaseRow(ctx.db, input.caseId);
  if (!row) throw notFound('case', input.caseId);
  return {
    escalations: escalationsOfCase(ctx.db, row.id),
    premiumAgreement: customerPremium(ctx.db, row.customerId),
    contacts: listContacts(ctx.db, row.customerId),
  };
}

export function escalationList(
  ctx: ServiceContext,
  input: ParsedInputOf<'escalations.list'>,
): EscalationListItem[] {
  return listEscalations(ctx.db, { open: input.filter === 'open', limit: input.limit });
}

/**
 * Starts the case's escalation as a draft, or rewrites its draft. Everything is checked now, so that a
 * draft prepared offline is ready to submit the moment the network returns.
 */
export function prepareEscalation(
  ctx: ServiceContext,
  input: ParsedInputOf<'escalations.prepare'>,
): Escalation {
  const id = changeCase(ctx, input.caseId, (row) => {
    assertEscalable(row);
    if (!serviceExists(ctx.db, input.service)) {
      throw invalidField('service', 'validation.choose', `unknown service ${input.service}`);
    }
    if (!allowedEscalationSeverities(customerPremium(ctx.db, row.customerId)).includes(input.severity)) {
      throw invalidField(
        'severity',
        'validation.severityNeedsPremium',
        'severity A is for customers with a premium agreement',
      );
    }
    const now = ctx.now();
    const fields = {
      caseId: row.id,
      agentId: ctx.agentId,
      service: input.service,
      severity: input.severity,
      title: input.title,
      issue: input.issue,
      tried: input.tried,
      businessImpact: input.businessImpact,
      contact: input.contact,
      target: input.target,
      summaryLanguage: input.summaryLanguage,
      at: now,
    };
    let draftId: string;
    if (input.id) {
      const current = getEscalation(ctx.db, input.id);
      if (!current || current.caseId !== row.id) throw notFound('escalation', input.id);
      if (current.status !== 'draft') throw conflict(`escalation ${input.id} was submitted meanwhile`);
      // "Prepared offline" sticks: the queue shows which drafts waited for the network.
      updateEscalationDraft(ctx.db, {
        ...fields,
        id: current.id,
        queuedOffline: current.queuedOffline || input.offline,
      });
      draftId = current.id;
    } else {
      if (openEscalationOfCase(ctx.db, row.id)) {
        throw conflict(`case ${row.number} already has an open escalation`);
      }
      draftId = uuidv7(now);
      insertEscalationDraft(ctx.db, { ...fields, id: draftId, queuedOffline: input.offline });
    }
    replaceReasons(ctx.db, draftId, input.reasons);
    return draftId;
  });
  return getEscalation(ctx.db, id)!;
}

/**
 * Records what 21Vianet answered when the form was submitted. In one transaction: the escalation takes the
 * request number, so does the case (searchable), the timeline says so, and the case moves to "waiting on
 * 21Vianet" through the case service, so that the status history and the SLA pause come from one place.
 */
export function submitEscalation(
  ctx: ServiceContext,
  input: ParsedInputOf<'escalations.submit'>,
): EscalationChange {
  const caseId = caseOf(ctx, input.id);
  changeCase(ctx, caseId, (row) => {
    const current = getEscalation(ctx.db, input.id)!;
    assertEscalable(row);
    const now = recordSubmission(ctx, ESCALATION, current, input);
    setCaseRequestNumber(ctx.db, row.id, input.requestNumber, now);
    recordEvent(
      ctx,
      row.id,
      'escalation_submitted',
      {
        escalationId: current.id,
        requestNumber: input.requestNumber,
        service: current.service,
        severity: current.severity,
        vianetSeverity: input.vianetSeverity,
        vianetContact: input.vianetContact,
        reasons: current.reasons.map((r) => r.reason),
      },
      now,
    );
    moveCase(ctx, row.id, 'waiting_21v');
  });
  return { escalation: getEscalation(ctx.db, input.id)!, case: caseDetail(ctx, { id: caseId }) };
}

/**
 * A later update (contacted, solution given, closed, withdrawn) as a timeline event. Once 21Vianet has
 * handed the ball back (a solution, or the request ended), a case still waiting on 21Vianet is in progress
 * again and its clocks run; if 21Vianet picks a request up again, the case waits again.
 */
export function updateEscalation(
  ctx: ServiceContext,
  input: ParsedInputOf<'escalations.update'>,
): EscalationChange {
  const caseId = caseOf(ctx, input.id);
  changeCase(ctx, caseId, (row) => {
    const current = getEscalation(ctx.db, input.id)!;
    const { at, change } = recordUpdate(ctx, ESCALATION, current, input);
    recordEvent(
      ctx,
      row.id,
      'escalation_updated',
      { escalationId: current.id, requestNumber: current.requestNumber!, ...change },
      at,
    );
    if (isWaitingOn21v(input.to)) {
      if (isOpenStatus(row.status)) moveCase(ctx, row.id, 'waiting_21v');
    } else if (row.status === 'waiting_21v') {
      moveCase(ctx, row.id, 'in_progress');
    }
  });
  return { escalation: getEscalation(ctx.db, input.id)!, case: caseDetail(ctx, { id: caseId }) };
}

export function discardEscalation(
  ctx: ServiceContext,
  input: ParsedInputOf<'escalations.discard'>,
): { discarded: boolean } {
  return discardDraft(ctx, ESCALATION, input.id, getEscalation(ctx.db, input.id));
}

function caseOf(ctx: ServiceContext, escalationId: string): string {
  const escalation = getEscalation(ctx.db, escalationId);
  if (!escalation) throw notFound('escalation', escalationId);
  return escalation.caseId;
}

/** Only an open case is escalated; a resolved or closed one is reopened first (with its reason). */
function assertEscalable(row: CaseRow): void {
  if (!isOpenStatus(row.status)) {
    throw conflict(`case ${row.number} is ${row.status}: reopen it before escalating`);
  }
}

/**
 * Moves the case through the case service. Waiting on the customer cannot turn into waiting on 21Vianet
 * directly (domain transitions), so the case passes through "in progress", and the history says so.
 */
function moveCase(ctx: ServiceContext, caseId: string, to: CaseStatus): void {
  let from = getCaseRow(ctx.db, caseId)!.status;
  if (from === to) return;
  if (!canTransition(from, to)) {
    changeStatus(ctx, { caseId, from, to: 'in_progress' });
    from = 'in_progress';
    if (from === to) return;
  }
  changeStatus(ctx, { caseId, from, to });
}

/** The operations of core/operations/escalations.ts, bound to the functions above. */
export const escalationsHandlers: Handlers<typeof escalationsOperations> = {
  'caseEscalations.get': caseEscalations,
  'escalations.list': escalationList,
  'escalations.prepare': prepareEscalation,
  'escalations.submit': submitEscalation,
  'escalations.update': updateEscalation,
  'escalations.discard': discardEscalation,
};
