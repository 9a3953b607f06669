// SLA warnings and breaches, and changes to the policy. Implemented by electron/services/sla-watch.ts.
import {
  type SlaAlerts,
  slaAlertsInput,
  slaAlertsReadInput,
  type SlaCheck,
  slaCheckInput,
} from '../sla-alerts';
import { type SlaPolicyChange, slaPolicyUpdateInput } from '../sla-settings';
import { ANYONE, reads, writes } from '../operation';

export const slaWatchOperations = {
  'slaPolicy.update': writes<SlaPolicyChange>()(slaPolicyUpdateInput),
  'sla.check': writes<SlaCheck>()(slaCheckInput, ANYONE),
  'slaAlerts.list': reads<SlaAlerts>()(slaAlertsInput),
  'slaAlerts.markRead': writes<SlaAlerts>()(slaAlertsReadInput, ANYONE),
};
