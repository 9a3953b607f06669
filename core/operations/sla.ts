// The service's clock, the SLA policy, a case's clocks. Implemented by electron/services/sla.ts.
import type { SlaPolicy } from '../sla';
import { type AppNow, appNowInput, type CaseSla, slaCaseInput } from '../sla-alerts';
import { slaPolicyGetInput } from '../sla-settings';
import { reads } from '../operation';

export const slaOperations = {
  'clock.get': reads<AppNow>()(appNowInput),
  'slaPolicy.get': reads<SlaPolicy>()(slaPolicyGetInput),
  'slaClocks.get': reads<CaseSla>()(slaCaseInput),
};
