// SLA operations besides the policy: one case's clocks, the warnings and breaches the desk is alerted to,
// and the service's clock (which the UI follows, so that an injected test clock moves the countdowns too).
import { z } from 'zod';
import type { CaseStatus, Severity } from './domain';
import type { SlaClockName, SlaClocks } from './sla';
import { DAY } from './time';
import { id } from './validation';
import { ANYONE, noInput, reads, writes } from './operation';
import { slaPolicySchema, type SlaPolicyChange } from './sla-settings';
import type { SlaPolicy } from './sla';

export interface CaseSla {
  caseId: string;
  /** The service's time the clocks were computed at. */
  at: number;
  clocks: SlaClocks;
}

export type SlaAlertKind = 'warning' | 'breach';

/** One alert: a clock crossed a warning offset, or ran past its target. Fires once per clock cycle and offset. */
export interface SlaAlert {
  id: string;
  kind: SlaAlertKind;
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  severity: Severity;
  status: CaseStatus;
  clock: SlaClockName;
  /** Minutes before the due time, for warnings; 0 for breaches. */
  offsetMin: number;
  dueAt: number;
  /** When the alert was raised. */
  at: number;
  read: boolean;
}

export interface SlaCheck {
  /** The alerts this check raised (the most urgent one per clock when several offsets were crossed at once). */
  raised: SlaAlert[];
}

/** The alert area shows the last day's alerts for open cases; older ones are history on the case timeline. */
export const ALERT_WINDOW_MS = DAY;
export interface SlaAlerts {
  /** The service's time of the reading. */
  at: number;
  items: SlaAlert[];
  /** Unread alerts in the window: the badge on the bell. */
  unread: number;
}

export interface AppNow {
  now: number;
}

/** The service's clock, the SLA policy, a case's clocks. Implemented by electron/services/sla.ts. */
export const slaOperations = {
  'clock.get': reads<AppNow>()(noInput),
  'slaPolicy.get': reads<SlaPolicy>()(noInput),
  'slaClocks.get': reads<CaseSla>()(z.object({ caseId: id }).strict()),
};

/** SLA warnings and breaches, and changes to the policy. Implemented by electron/services/sla-watch.ts. */
export const slaWatchOperations = {
  /** The whole policy at once: the card edits it as one form, and a partial update could mix two forms. */
  'slaPolicy.update': writes<SlaPolicyChange>()(z.object({ policy: slaPolicySchema }).strict()),
  'sla.check': writes<SlaCheck>()(noInput, ANYONE),
  'slaAlerts.list': reads<SlaAlerts>()(
    z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
  ),
  /** Marks the given alerts read, or every alert when no ids are given. */
  'slaAlerts.markRead': writes<SlaAlerts>()(
    z.object({ ids: z.array(id).max(200).optional() }).strict(),
    ANYONE,
  ),
};
