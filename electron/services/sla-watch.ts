// The SLA watch: what is due, checked every half minute by the process that hosts the services (Electron
// main, browser-mode host) and on demand. It raises each pre-breach warning once per clock cycle and
// offset, records breaches (timeline event, outcome, alert), and notifies the desk.
import type { ParsedInputOf } from '../../core/api';
import { ALERT_WINDOW_MS, type SlaAlerts, type SlaCheck } from '../../core/sla-alerts';
import type { SlaPolicyChange } from '../../core/sla-settings';
import { alertsByIds, casesToCheck, markAlertsRead, recentAlerts, unreadAlerts } from '../../db/queries/sla';
import { slaEventsForCases, toSlaEvents } from '../../db/queries/sla-events';
import type { ServiceContext } from './context';
import { notifyAlerts } from './sla-notify';
import { settleCase, slaPolicy, updateSlaPolicy } from './sla';
import type { slaWatchOperations } from '../../core/operations/sla-watch';
import type { Handlers } from './handlers';

export const WATCH_INTERVAL_MS = 30_000;

/**
 * One pass over the cases the watch has work for by now (cases.sla_check_at: a warning offset or a due time
 * reached), an index range: the cost follows what is due, not the size of the log or the overdue backlog.
 */
export function checkSla(ctx: ServiceContext): SlaCheck {
  const now = ctx.now();
  const policy = slaPolicy(ctx);
  const raised: string[] = [];
  ctx.db
    .transaction(() => {
      const ids = casesToCheck(ctx.db, now);
      for (let i = 0; i < ids.length; i += 500) {
        for (const [caseId, rows] of slaEventsForCases(ctx.db, ids.slice(i, i + 500))) {
          raised.push(...settleCase(ctx, caseId, toSlaEvents(rows), policy, now, { warn: true }).alerts);
        }
      }
    })
    .immediate();
  // Most passes raise nothing: no read back then.
  const alerts = raised.length > 0 ? alertsByIds(ctx.db, raised) : [];
  notifyAlerts(ctx, alerts);
  return { raised: alerts };
}

/** Runs the check now and then every `intervalMs`; errors are logged, never thrown into the timer. */
export function startSlaWatch(
  ctx: ServiceContext,
  options: { intervalMs?: number; log?: (error: unknown) => void } = {},
): { stop(): void } {
  const log = options.log ?? console.error;
  const run = () => {
    try {
      checkSla(ctx);
    } catch (error) {
      log(error);
    }
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? WATCH_INTERVAL_MS);
  // The watch never keeps a process alive on its own (tests, a host shutting down).
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}

/** A policy change recomputes every open case, then warns about what the new targets put at risk. */
export function changeSlaPolicy(
  ctx: ServiceContext,
  input: ParsedInputOf<'slaPolicy.update'>,
): SlaPolicyChange {
  const change = updateSlaPolicy(ctx, input);
  checkSla(ctx);
  return change;
}

export function slaAlerts(ctx: ServiceContext, input: ParsedInputOf<'slaAlerts.list'>): SlaAlerts {
  const at = ctx.now();
  const since = at - ALERT_WINDOW_MS;
  return { at, items: recentAlerts(ctx.db, since, input.limit), unread: unreadAlerts(ctx.db, since) };
}

export function readSlaAlerts(ctx: ServiceContext, input: ParsedInputOf<'slaAlerts.markRead'>): SlaAlerts {
  markAlertsRead(ctx.db, input.ids, ctx.now());
  return slaAlerts(ctx, { limit: 50 });
}

/** The operations of core/operations/sla-watch.ts, bound to the functions above. */
export const slaWatchHandlers: Handlers<typeof slaWatchOperations> = {
  'slaPolicy.update': changeSlaPolicy,
  'sla.check': checkSla,
  'slaAlerts.list': slaAlerts,
  'slaAlerts.markRead': readSlaAlerts,
};
