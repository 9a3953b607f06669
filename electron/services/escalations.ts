// Escalations on behalf of a customer: prepared (a draft, the offline queue), submitted in 21Vianet's form
// (the request number comes back into the case, which then waits on 21Vianet), and updated until closed.
// The life they share with Partner Center requests is tracked-requests.ts; what is said here is what an
// escalation adds: its case, whose transaction, timeline and status follow the request.
import type { ParsedInputOf } from '../../core/api';
import { isOpenStatus, type CaseStatus } from '../../core/domain';
import { allowedEscalationSeverities, isWaitingOn21v } from '../../core/escalation-status';
import type {
  CaseEscalations,
  Escalation,
  EscalationListItem,
  escalationsOperations,
} from '../../core/escalations';
import type { EscalationChange } from '../../core/escalations';
import { getCaseRow, type CaseRow } from '../../db/queries/cases';
import { listContacts } from '../../db/queries/contacts';
import { getCustomer } from '../../db/queries/customers';
import {
  customerPremium,
  escalationsOfCase,
  escalationTable,
  listEscalations,
  openEscalationOfCase,
  replaceReasons,
  setCaseRequestNumber,
} from '../../db/queries/escalations';
import { serviceExists } from '../../db/queries/services';
import { changeCase, recordEvent } from './case-events';
import { caseDetail, moveOpenCase } from './cases';
import type { ServiceContext } from './context';
import { conflict, invalidField, orNotFound } from './errors';
import { saveDraft, trackedOperations, type TrackedKind } from './tracked-requests';
import type { Handlers } from './handlers';

const ESCALATION: TrackedKind<Escalation, 'caseId' | 'service' | 'issue' | 'tried' | 'target'> = {
  label: 'escalation',
  table: escalationTable,
  transaction: (ctx, escalation, change) => changeCase(ctx, escalation.caseId, change),
  assertSubmittable: (ctx, escalation) => assertEscalable(getCaseRow(ctx.db, escalation.caseId)!),

  /**
   * The case takes the request number too (searchable), the timeline says so, and the case moves to
   * "waiting on 21Vianet" through the case service, so that the status history and the SLA pause come
   * from one place.
   */
  submitted(ctx, escalation, submission, at) {
    setCaseRequestNumber(ctx.db, escalation.caseId, submission.requestNumber, at);
    const { id: escalationId, service, severity, reasons } = escalation;
    recordEvent(
      ctx,
      escalation.caseId,
      'escalation_submitted',
      { escalationId, service, severity, ...submission, reasons: reasons.map((r) => r.reason) },
      at,
    );
    moveCase(ctx, escalation.caseId, 'waiting_21v');
  },

  /**
   * Once 21Vianet has handed the ball back (a solution, or the request ended), a case still waiting on
   * 21Vianet is in progress again and its clocks run; if 21Vianet picks a request up again, it waits again.
   */
  updated(ctx, escalation, change, at) {
    const caseId = escalation.caseId;
    const payload = { escalationId: escalation.id, requestNumber: escalation.requestNumber!, ...change };
    recordEvent(ctx, caseId, 'escalation_updated', payload, at);
    const status = getCaseRow(ctx.db, caseId)!.status;
    if (isWaitingOn21v(change.to)) {
      if (isOpenStatus(status)) moveCase(ctx, caseId, 'waiting_21v');
    } else if (status === 'waiting_21v') {
      moveCase(ctx, caseId, 'in_progress');
    }
  },
};

export function caseEscalations(
  ctx: ServiceContext,
  input: ParsedInputOf<'caseEscalations.get'>,
): CaseEscalations {
  const row = orNotFound(getCaseRow(ctx.db, input.caseId), 'case', input.caseId);
  return {
    escalations: escalationsOfCase(ctx.db, row.id),
    premiumAgreement: customerPremium(ctx.db, row.customerId),
    adminRole: getCustomer(ctx.db, row.customerId)?.adminRole ?? false,
    contacts: listContacts(ctx.db, row.customerId),
  };
}

export function escalationList(
  ctx: ServiceContext,
  input: ParsedInputOf<'escalations.list'>,
): EscalationListItem[] {
  return listEscalations(ctx.db, { open: input.filter === 'open', limit: input.limit });
}

/** Starts the case's escalation as a draft, or rewrites its draft, with its reasons. */
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
    const draftId = saveDraft(ctx, ESCALATION, input, {
      owns: (current) => current.caseId === row.id,
      beforeStart() {
        if (openEscalationOfCase(ctx.db, row.id)) {
          throw conflict(`case ${row.number} already has an open escalation`);
        }
      },
    });
    replaceReasons(ctx.db, draftId, input.reasons);
    return draftId;
  });
  return escalationTable.get(ctx.db, id)!;
}

const operations = trackedOperations(ESCALATION, changed);
/** Records what 21Vianet answered when the form was submitted; the case now waits on 21Vianet. */
export const submitEscalation = operations.submit;
/** A later update (contacted, solution given, closed, withdrawn) as a timeline event. */
export const updateEscalation = operations.update;
export const discardEscalation = operations.discard;

/** The escalation as it is now, with its case (which the submission or update changed too). */
function changed(ctx: ServiceContext, id: string): EscalationChange {
  const escalation = escalationTable.get(ctx.db, id)!;
  return { escalation, case: caseDetail(ctx, { id: escalation.caseId }) };
}

/** Only an open case is escalated; a resolved or closed one is reopened first (with its reason). */
function assertEscalable(row: CaseRow): void {
  if (!isOpenStatus(row.status)) {
    throw conflict(`case ${row.number} is ${row.status}: reopen it before escalating`);
  }
}

/** Moves the case through the case service, as one status change on its timeline. */
function moveCase(ctx: ServiceContext, caseId: string, to: CaseStatus): void {
  moveOpenCase(ctx, caseId, to);
}

/** The operations of core/escalations.ts (`escalationsOperations`), bound to the functions above. */
export const escalationsHandlers: Handlers<typeof escalationsOperations> = {
  'caseEscalations.get': caseEscalations,
  'escalations.list': escalationList,
  'escalations.prepare': prepareEscalation,
  'escalations.submit': submitEscalation,
  'escalations.update': updateEscalation,
  'escalations.discard': discardEscalation,
};
