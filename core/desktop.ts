// What the desktop shell reads of the desk: its state for the tray and the Dock or taskbar badge, the next
// clocks to run out for the tray's menu, whether quitting would leave the desk unwatched, and a case by
// the number a link names.
import { z } from 'zod';
import type { AtRiskClock } from './dashboard';
import type { AgentRef } from './domain';
import type { SyncPhase } from './sync';
import { noInput, reads } from './operation';

/** How many of the next clocks the tray's menu lists. */
export const TRAY_CLOCKS = 5;

export interface DesktopStatus {
  /** The service's time of the reading. */
  at: number;
  /** Running clocks due within the hour, overdue ones first (at most TRAY_CLOCKS). */
  nextClocks: AtRiskClock[];
  /** Cases with a clock due within the hour (overdue included): the badge. */
  dueWithinHour: number;
  /** Open cases with a breached clock. */
  breached: number;
  /** Unread warnings and breaches under the bell. */
  unreadAlerts: number;
  /** Open cases whose clocks are running: what the SLA watch of this app looks after. */
  runningClocks: number;
  /** Signed in at the asking terminal. */
  signedIn: AgentRef | null;
  /**
   * Others who keep watch: agents signed in at other terminals of this case log, and the desk's other
   * workstations seen in the last minutes (team sync).
   */
  othersOnDuty: number;
  sync: SyncPhase;
}

export interface CaseByNumber {
  caseId: string | null;
}

/**
 * What the desktop shell reads of the desk (tray, badge, quit confirmation, case links). Implemented by
 * electron/services/desktop.ts.
 */
export const desktopOperations = {
  'desktop.status': reads<DesktopStatus>()(noInput),
  'desktop.caseByNumber': reads<CaseByNumber>()(z.object({ number: z.string().min(1).max(64) }).strict()),
};
