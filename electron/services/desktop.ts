// What the desktop shell reads of the desk: the tray's state and menu, the badge, whether quitting leaves
// the desk unwatched (core/desktop.ts), and the case a link names.
import { typedCaseNumber } from '../../core/case-number';
import { TRAY_CLOCKS, type CaseByNumber, type DesktopStatus } from '../../core/desktop';
import type { desktopOperations } from '../../core/desktop';
import type { ParsedInputOf } from '../../core/api';
import { ALERT_WINDOW_MS } from '../../core/sla-alerts';
import { MINUTE } from '../../core/time';
import { getAgent } from '../../db/queries/agents';
import { breachedCount } from '../../db/queries/dashboard';
import { openSessions } from '../../db/queries/duty';
import { caseIdWithNumber } from '../../db/queries/handover-transfer';
import { countDueBy, unreadAlerts } from '../../db/queries/sla';
import type { ServiceContext } from './context';
import { atRiskClocks } from './dashboard';
import type { Handlers } from './handlers';

/** A workstation of the desk seen this recently still runs its own SLA watch. */
export const WORKSTATION_ALIVE_MS = 10 * MINUTE;

export function desktopStatus(ctx: ServiceContext): DesktopStatus {
  const at = ctx.now();
  const atRisk = atRiskClocks(ctx, at, TRAY_CLOCKS);
  const sync = ctx.sync?.view();
  const otherTerminals = openSessions(ctx.db).filter((s) => s.terminalId !== ctx.terminal).length;
  const otherWorkstations = (sync?.workstations ?? []).filter(
    (w) => !w.thisOne && at - w.lastSeen <= WORKSTATION_ALIVE_MS,
  ).length;
  return {
    at,
    nextClocks: atRisk.items,
    dueWithinHour: atRisk.total,
    breached: breachedCount(ctx.db, at),
    unreadAlerts: unreadAlerts(ctx.db, at - ALERT_WINDOW_MS),
    runningClocks: countDueBy(ctx.db, Number.MAX_SAFE_INTEGER),
    signedIn: ctx.signedIn ? { id: ctx.agentId, name: getAgent(ctx.db, ctx.agentId)?.name ?? '' } : null,
    othersOnDuty: otherTerminals + otherWorkstations,
    sync: sync?.phase ?? 'off',
  };
}

export function caseByNumber(
  ctx: ServiceContext,
  input: ParsedInputOf<'desktop.caseByNumber'>,
): CaseByNumber {
  const number = typedCaseNumber(input.number);
  return { caseId: (number && caseIdWithNumber(ctx.db, number)) ?? null };
}

/** The operations of core/desktop.ts (`desktopOperations`), bound to the functions above. */
export const desktopHandlers: Handlers<typeof desktopOperations> = {
  'desktop.status': desktopStatus,
  'desktop.caseByNumber': caseByNumber,
};
