// Escalations to 21Vianet. Implemented by electron/services/escalations.ts.
import {
  type CaseEscalations,
  type Escalation,
  type EscalationListItem,
  escalationsDiscardInput,
  escalationsForCaseInput,
  escalationsListInput,
  escalationsPrepareInput,
  escalationsSubmitInput,
  escalationsUpdateInput,
} from '../escalations';
import type { CaseDetail } from '../cases';
import { reads, writes } from '../operation';

/** Submitting or updating an escalation also changes the case (status, request number, timeline). */
export interface EscalationChange {
  escalation: Escalation;
  case: CaseDetail;
}

export const escalationsOperations = {
  'caseEscalations.get': reads<CaseEscalations>()(escalationsForCaseInput),
  'escalations.list': reads<EscalationListItem[]>()(escalationsListInput),
  'escalations.prepare': writes<Escalation>()(escalationsPrepareInput),
  'escalations.submit': writes<EscalationChange>()(escalationsSubmitInput),
  'escalations.update': writes<EscalationChange>()(escalationsUpdateInput),
  'escalations.discard': writes<{ discarded: boolean }>()(escalationsDiscardInput),
};
