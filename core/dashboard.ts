// The "Now" dashboard (当前): what the desk needs to see at a glance, read in one call.
import type { CaseHeadline } from './cases';
import type { AgentRef, Severity } from './domain';
import type { SlaClockName } from './sla';
import { HOUR, WEEK } from './time';
import { noInput, reads } from './operation';

/** "At risk": running clocks that run out within the next hour (overdue ones first). */
export const AT_RISK_WINDOW_MS = HOUR;
/** Coverage gaps are looked for this far ahead. */
export const GAP_WINDOW_MS = WEEK;
/** The longest list a section shows; its total says how many there are. */
export const SECTION_LIMIT = 50;

export interface AtRiskClock extends CaseHeadline {
  clock: SlaClockName;
  /** In the past for a clock already overdue. */
  dueAt: number;
}

export interface WaitingOn21v extends CaseHeadline {
  requestNumber: string | null;
  /** Since the case last went to waiting on 21Vianet. */
  since: number;
}

export interface NowDashboard {
  /** The service's time the dashboard was read at. */
  at: number;
  duty: {
    /** Rostered now. */
    scheduled: AgentRef[];
    /** Signed in at this workstation now. */
    signedIn: AgentRef | null;
    next: { agent: AgentRef; startsAt: number } | null;
    /** The roster's time zone: shift times and coverage gaps read in it, as on the duty pages. */
    utcOffsetMinutes: number;
  };
  open: { total: number; bySeverity: Record<Severity, number>; breached: number };
  atRisk: { items: AtRiskClock[]; total: number };
  waitingOn21v: { items: WaitingOn21v[]; total: number };
  handovers: { id: string; fromAgent: AgentRef; createdAt: number }[];
  coverageGaps: { start: number; end: number }[];
}

/** The Now dashboard. Implemented by electron/services/dashboard.ts. */
export const dashboardOperations = {
  'dashboard.get': reads<NowDashboard>()(noInput),
};
