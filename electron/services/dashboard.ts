import {
  AT_RISK_WINDOW_MS,
  GAP_WINDOW_MS,
  SECTION_LIMIT,
  type AtRiskClock,
  type NowDashboard,
} from '../../core/dashboard';
import { SLA_CLOCKS } from '../../core/sla';
import { breachedCount, dashboardCases, openBySeverity, waitingOn21v } from '../../db/queries/dashboard';
import { casesDueBy, countDueBy } from '../../db/queries/sla';
import type { ServiceContext } from './context';
import { rosterPlan } from './roster';
import { coverageGaps, onDuty } from './duty';
import { pendingHandovers } from './handover';
import { slaForCases } from './sla';
import type { dashboardOperations } from '../../core/dashboard';
import type { Handlers } from './handlers';

/** Everything on the Now page, read at one instant of the service's clock. */
export function nowDashboard(ctx: ServiceContext): NowDashboard {
  const at = ctx.now();
  const bySeverity = openBySeverity(ctx.db);
  // One read of the roster for the duty panel and the coverage gaps (both from `at` on).
  const plan = rosterPlan(ctx, at);
  const duty = onDuty(ctx, at, plan);
  return {
    at,
    duty: {
      scheduled: duty.scheduled,
      signedIn: duty.signedIn,
      next: duty.next,
      utcOffsetMinutes: plan.utcOffsetMinutes,
    },
    open: {
      total: bySeverity.A + bySeverity.B + bySeverity.C,
      bySeverity,
      breached: breachedCount(ctx.db, at),
    },
    atRisk: atRiskClocks(ctx, at),
    waitingOn21v: waitingOn21v(ctx.db, SECTION_LIMIT),
    handovers: pendingHandovers(ctx),
    coverageGaps: coverageGaps(ctx, at, at + GAP_WINDOW_MS, plan),
  };
}

/**
 * Each running clock due within the hour, overdue ones first: the first cases off the cases_due index,
 * then their clocks computed, so that a long overdue backlog costs no more than a page.
 */
export function atRiskClocks(ctx: ServiceContext, at: number, limit = SECTION_LIMIT): NowDashboard['atRisk'] {
  const bound = at + AT_RISK_WINDOW_MS;
  const ids = casesDueBy(ctx.db, bound, limit);
  const clocks = slaForCases(ctx, ids, at);
  const facts = dashboardCases(ctx.db, ids);
  const items: AtRiskClock[] = [];
  for (const id of ids) {
    const c = clocks.get(id);
    const f = facts.get(id);
    if (!c || !f) continue;
    for (const clock of SLA_CLOCKS) {
      const dueAt = c[clock]?.dueAt;
      if (dueAt != null && dueAt <= at + AT_RISK_WINDOW_MS) items.push({ ...f, clock, dueAt });
    }
  }
  items.sort((a, b) => a.dueAt - b.dueAt || (a.number < b.number ? -1 : 1));
  // Counted in cases (a case may have two clocks in the hour): what the list's "due within 60 min" shows.
  const cases = ids.length < limit ? ids.length : countDueBy(ctx.db, bound);
  return { items: items.slice(0, limit), total: Math.max(cases, items.length) };
}

/** The operations of core/dashboard.ts (`dashboardOperations`), bound to the functions above. */
export const dashboardHandlers: Handlers<typeof dashboardOperations> = {
  'dashboard.get': nowDashboard,
};
