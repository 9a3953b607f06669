// The life of a request handed off to 21Vianet (a customer escalation or a Partner Center request), as
// pure rules shared by the services and the UI.
import type { Severity } from './domain';
import { SEVERITIES } from './domain';

/**
 * draft: prepared (possibly offline), not yet submitted in 21Vianet's form: it waits in the queue.
 * submitted → contacted (21Vianet's representative got in touch) → solution_given → closed; withdrawn
 * when the desk takes the request back (solved meanwhile, raised by mistake).
 */
export const HANDOFF_STATUSES = [
  'draft',
  'submitted',
  'contacted',
  'solution_given',
  'closed',
  'withdrawn',
] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/** The statuses a later update can set (a draft becomes submitted only by recording the request number). */
export const UPDATE_STATUSES = ['contacted', 'solution_given', 'closed', 'withdrawn'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

const UPDATES: Record<HandoffStatus, readonly UpdateStatus[]> = {
  draft: [],
  submitted: ['contacted', 'solution_given', 'closed', 'withdrawn'],
  contacted: ['solution_given', 'closed', 'withdrawn'],
  // The solution did not work and 21Vianet picks it up again, or the request is done.
  solution_given: ['contacted', 'closed'],
  closed: [],
  withdrawn: [],
};

export function allowedUpdates(from: HandoffStatus): readonly UpdateStatus[] {
  return UPDATES[from];
}

export function canUpdate(from: HandoffStatus, to: HandoffStatus): boolean {
  return (UPDATES[from] as readonly HandoffStatus[]).includes(to);
}

/** Not yet finished: a case has at most one of these at a time. */
export function isOpenHandoff(status: HandoffStatus): boolean {
  return status !== 'closed' && status !== 'withdrawn';
}

/** The ball is in 21Vianet's court: the case waits (its SLA clocks pause) and the report counts the wait. */
export function isWaitingOn21v(status: HandoffStatus): boolean {
  return status === 'submitted' || status === 'contacted';
}

/**
 * 21Vianet's severity A (critical) is for customers with a premium agreement; everyone else may ask for
 * B or C only.
 */
export function allowedEscalationSeverities(premiumAgreement: boolean): readonly Severity[] {
  return premiumAgreement ? SEVERITIES : SEVERITIES.filter((s) => s !== 'A');
}
