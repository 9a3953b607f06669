// The SLA watch: what is due, checked every half minute by the process that hosts the services (Electron
// main, browser-mode host) and on demand. It raises each pre-breach warning once per clock cycle and
// offset, records breaches (timeline event, outcome, alert), and notifies the desk.
import type { ParsedInputOf } from '../../core/api';
import { ALERT_WINDOW_MS, type SlaAlert, type SlaAlerts, type SlaCheck } from '../../core/sla-alerts';
import type { SlaPolicyChange } from '../../core/sla-settings';
import { alertsByIds, casesToCheck, markAlertsRead, recentAlerts, unreadAlerts } from '../../db/queries/sla';
import { slaEventsForCases, toSlaEvents } from '../../db/queries/sla-events';
import type { ServiceContext } from './context';
import { notifyAlerts } from './sla-notify';
import { settleCase, slaPolicy, updateSlaPolicy } from './sla';
import type { slaWatchOperations } from '../../core/sla-alerts';
import type { Handlers } from './handlers';

export const WATCH_INTERVAL_MS = 30_000;

/** The most cases one step of the watch settles in one transaction. */
export const WATCH_CHUNK = 200;

/**
 * How long one step may hold the event loop: it stops after the batch that passes it, so that the host
 * answers requests between steps however slow the machine (200 cases took 100 ms on a busy one).
 */
const STEP_BUDGET_MS = 10;
const BATCH = 5;

/**
 * Settles up to `max` of the cases the watch has work for by now (cases.sla_check_at: a warning offset or a
 * due time reached), an index range: the cost follows what is due, not the size of the log or the overdue
 * backlog. A step ends early once it has taken STEP_BUDGET_MS; `more` says that cases were left for the
 * next step.
 */
export function checkSlaStep(
  ctx: ServiceContext,
  max: number,
  options: { notify?: boolean } = {},
): SlaCheck & { more: boolean } {
  const now = ctx.now();
  const policy = slaPolicy(ctx);
  const raised: string[] = [];
  const started = performance.now();
  let more = false;
  ctx.db
    .transaction(() => {
      const ids = casesToCheck(ctx.db, now, max + 1);
      let done = 0;
      while (done < Math.min(ids.length, max) && performance.now() - started < STEP_BUDGET_MS) {
        const batch = ids.slice(done, Math.min(done + BATCH, max));
        for (const [caseId, rows] of slaEventsForCases(ctx.db, batch)) {
          raised.push(...settleCase(ctx, caseId, toSlaEvents(rows), policy, now, { warn: true }).alerts);
        }
        done += batch.length;
      }
      more = ids.length > done;
    })
    .immediate();
  // Most passes raise nothing: no read back then.
  const alerts = raised.length > 0 ? alertsByIds(ctx.db, raised) : [];
  if (options.notify ?? true) notifyAlerts(ctx, alerts);
  return { raised: alerts, more };
}

/** Everything due by now, at once: for an explicit check (the test clock, a policy change). */
export function checkSla(ctx: ServiceContext): SlaCheck {
  const raised: SlaCheck['raised'] = [];
  for (;;) {
    const step = checkSlaStep(ctx, WATCH_CHUNK, { notify: false });
    raised.push(...step.raised);
    if (!step.more) break;
  }
  notifyAlerts(ctx, raised);
  return { raised };
}

/**
 * Runs the check now and then every `intervalMs`; errors are logged, never thrown into the timer. A
 * backlog (the desk was closed overnight) is worked off a chunk at a time with the event loop free between
 * chunks, so the window and the requests are answered meanwhile.
 */
/** The running watch of each case log, so that a change putting many cases due can hand them to it. */
const running = new WeakMap<ServiceContext['db'], () => void>();

export function startSlaWatch(
  ctx: ServiceContext,
  options: { intervalMs?: number; chunk?: number; log?: (error: unknown) => void } = {},
): { stop(): void } {
  const log = options.log ?? console.error;
  const chunk = options.chunk ?? WATCH_CHUNK;
  let stopped = false;
  let busy = false;
  // What a backlog raised, told in one go once it is worked off: a catch-up is one notification, not one
  // per chunk.
  let raised: SlaAlert[] = [];
  const step = () => {
    if (stopped) return;
    try {
      const result = checkSlaStep(ctx, chunk, { notify: false });
      raised.push(...result.raised);
      if (result.more) {
        setImmediate(step);
        return;
      }
      notifyAlerts(ctx, raised);
    } catch (error) {
      log(error);
    }
    raised = [];
    busy = false;
  };
  const run = () => {
    if (busy) return; // a backlog still being worked off
    busy = true;
    step();
  };
  running.set(ctx.db, run);
  run();
  const timer = setInterval(run, options.intervalMs ?? WATCH_INTERVAL_MS);
  // The watch never keeps a process alive on its own (tests, a host shutting down).
  timer.unref?.();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
      if (running.get(ctx.db) === run) running.delete(ctx.db);
    },
  };
}

/**
 * A policy change recomputes every open case and warns about what the new targets put at risk: through
 * the running watch, a chunk at a time with the host answering between chunks; where none runs (tests,
 * scripts), at once.
 */
export function changeSlaPolicy(
  ctx: ServiceContext,
  input: ParsedInputOf<'slaPolicy.update'>,
): SlaPolicyChange {
  const change = updateSlaPolicy(ctx, input);
  const watch = running.get(ctx.db);
  if (watch) watch();
  else checkSla(ctx);
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

/** The operations of core/sla-alerts.ts (`slaWatchOperations`), bound to the functions above. */
export const slaWatchHandlers: Handlers<typeof slaWatchOperations> = {
  'slaPolicy.update': changeSlaPolicy,
  'sla.check': checkSla,
  'slaAlerts.list': slaAlerts,
  'slaAlerts.markRead': readSlaAlerts,
};
