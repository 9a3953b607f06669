// Escalations to 21Vianet. Implemented by electron/services/escalations.ts.
import {
  type CaseEscalations,
  type Escalation,
  type EscalationChange,
  type EscalationListItem,
  escalationsDiscardInput,
  escalationsForCaseInput,
  escalationsListInput,
  escalationsPrepareInput,
  escalationsSubmitInput,
  escalationsUpdateInput,
} from '../escalations';
import { reads, writes } from '../operation';

export const escalationsOperations = {
  'caseEscalations.get': reads<CaseEscalations>()(escalationsForCaseInput),
  'escalations.list': reads<EscalationListItem[]>()(escalationsListInput),
  'escalations.prepare': writes<Escalation>()(escalationsPrepareInput),
  'escalations.submit': writes<EscalationChange>()(escalationsSubmitInput),
  'escalations.update': writes<EscalationChange>()(escalationsUpdateInput),
  'escalations.discard': writes<{ discarded: boolean }>()(escalationsDiscardInput),
};
