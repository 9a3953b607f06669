import type { ParsedInputOf } from '../../core/api';
import type { CaseSla, slaOperations } from '../../core/sla-alerts';
import { policyFrom, type SlaPolicyChange } from '../../core/sla-settings';
import {
  computeSla,
  crossedWarnings,
  nextCheckAt,
  nextDue,
  SLA_CLOCKS,
  slaStateOf,
  type Clock,
  type SlaClockName,
  type SlaClocks,
  type SlaEvent,
  type SlaPolicy,
} from '../../core/sla';
import { nameUuid, uuidv7 } from '../../db/ids';
import { getCaseRow, touchCase } from '../../db/queries/cases';
import { appendEvent, caseCreator } from '../../db/queries/events';
import { readSetting, writeSetting } from '../../db/queries/settings';
import {
  insertAlert,
  markOpenCasesForCheck,
  openCaseIds,
  readAlertsOfCase,
  recordOutcome,
  setCaseSla,
} from '../../db/queries/sla';
import { slaEvents, slaEventsForCases, toSlaEvents } from '../../db/queries/sla-events';
import type { ServiceContext } from './context';
import { notFound } from './errors';
import type { Handlers } from './handlers';

export { toSlaEvents } from '../../db/queries/sla-events';

/** The desk's SLA policy (settings), over the defaults. */
export function slaPolicy(ctx: ServiceContext): SlaPolicy {
  return policyFrom(readSetting(ctx.db, 'slaPolicy'));
}

export function slaForCase(ctx: ServiceContext, caseId: string, now = ctx.now()): SlaClocks {
  return computeSla(toSlaEvents(slaEvents(ctx.db, caseId)), slaPolicy(ctx), now);
}

/** Clocks for many cases in one read of their timelines (handover, dashboard, warnings). */
export function slaForCases(
  ctx: ServiceContext,
  caseIds: readonly string[],
  now = ctx.now(),
): Map<string, SlaClocks> {
  const policy = slaPolicy(ctx);
  const clocks = new Map<string, SlaClocks>();
  for (const [caseId, rows] of slaEventsForCases(ctx.db, caseIds)) {
    clocks.set(caseId, computeSla(toSlaEvents(rows), policy, now));
  }
  return clocks;
}

/** The event that set the refresh off: what it ended is judged by the clocks just before it. */
export interface SlaTrigger {
  kind: string;
  at: number;
}

/**
 * Brings one case's SLA up to date after an event: the due time and state the list sorts and filters by,
 * the outcome of every clock that was met or breached, a `sla_breached` timeline event for each breach
 * seen for the first time, and a breach alert while the clock is still overdue. Call it inside the
 * transaction that recorded the event (recordEvent does).
 */
export function refreshSla(ctx: ServiceContext, caseId: string, trigger?: SlaTrigger): SlaClocks {
  const events = toSlaEvents(slaEvents(ctx.db, caseId));
  return settleCase(ctx, caseId, events, slaPolicy(ctx), ctx.now(), trigger ? { trigger } : {}).clocks;
}

/**
 * refreshSla for many cases after a bulk write (a handover import): the policy read once and the timelines
 * in batches, instead of both once per case.
 */
export function refreshSlaOfCases(ctx: ServiceContext, caseIds: Iterable<string>): void {
  const ids = [...caseIds];
  const policy = slaPolicy(ctx);
  const now = ctx.now();
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    const rows = slaEventsForCases(ctx.db, batch);
    for (const caseId of batch) settleCase(ctx, caseId, toSlaEvents(rows.get(caseId) ?? []), policy, now, {});
  }
}

export interface Settled {
  clocks: SlaClocks;
  /** Ids of the alerts raised (breaches; and warnings when asked to warn). */
  alerts: string[];
}

/**
 * refreshSla over timeline rows already read (the watch and a policy change read many cases at once). With
 * `warn`, also raises the warnings whose offsets `now` has crossed: the watch's part. Without it, crossed
 * offsets leave the case due for the watch's next pass.
 */
export function settleCase(
  ctx: ServiceContext,
  caseId: string,
  events: readonly SlaEvent[],
  policy: SlaPolicy,
  now: number,
  options: { trigger?: SlaTrigger; warn?: boolean } = {},
): Settled {
  const { trigger, warn } = options;
  const clocks = computeSla(events, policy, now);
  const breaches: [SlaClockName, Clock][] = [];
  const note = (name: SlaClockName, c: Clock | null) => {
    if (c && recordClock(ctx, caseId, clocks, name, c)) breaches.push([name, c]);
  };
  const last = events.at(-1);
  if (trigger && trigger.kind !== 'created' && last?.at === trigger.at) {
    // What the event ended, judged by the clocks without it (the newest event of the timeline): a clock
    // overdue just before it (a late reply), and the next-update cycle that a reply, call or resolution
    // closes, met unless it had already run out.
    const before = computeSla(events.slice(0, -1), policy, trigger.at);
    for (const name of SLA_CLOCKS) note(name, before[name]);
    const cycle = before.nextUpdate;
    if (cycle && cycle.state !== 'breached' && (isTouch(trigger.kind) || clocks.done)) {
      recordOutcome(
        ctx.db,
        {
          caseId,
          clock: 'nextUpdate',
          startedAt: cycle.startedAt,
          severity: clocks.severity,
          outcome: 'met',
          dueAt: cycle.dueAt ?? trigger.at + cycle.remainingMs,
          at: trigger.at,
        },
        false,
      );
    }
  }
  for (const name of SLA_CLOCKS) note(name, clocks[name]);

  const alerts: string[] = warn ? raiseWarnings(ctx, caseId, clocks, policy, now) : [];
  // Breaches are recorded above; crossed warning offsets are left for the watch, due at once.
  const pending = !warn && SLA_CLOCKS.some((name) => crossedOn(clocks[name], policy, now).length > 0);
  setCaseSla(ctx.db, caseId, {
    nextDueAt: nextDue(clocks)?.dueAt ?? null,
    state: slaStateOf(clocks),
    checkAt: pending ? now : nextCheckAt(clocks, policy.warnBeforeMin, now),
  });
  for (const [name, c] of breaches) {
    // The desk's breach, not this workstation's: every workstation whose watch sees it records the same
    // event (named by its clock cycle, at the moment the clock ran out, in the name of the agent who
    // logged the case), so that team sync holds it once.
    appendEvent(ctx.db, {
      id: nameUuid(`sla_breached/${caseId}/${name}/${c.startedAt}`),
      caseId,
      agentId: caseCreator(ctx.db, caseId) ?? ctx.agentId,
      at: c.breachedAt ?? now,
      kind: 'sla_breached',
      payload: { clock: name, dueAt: c.breachedAt },
    });
    touchCase(ctx.db, caseId, now);
    const current = clocks[name];
    if (current && current.startedAt === c.startedAt && current.metAt === null) {
      const id = uuidv7(now);
      const alert = { id, caseId, clock: name, startedAt: c.startedAt, dueAt: c.breachedAt! };
      if (insertAlert(ctx.db, { ...alert, kind: 'breach', offsetMin: 0, at: now, silent: false }))
        alerts.push(id);
    }
  }
  // Alerts about clocks that are met, restarted or stopped need no more attention.
  for (const name of SLA_CLOCKS) {
    const c = clocks[name];
    const restarted = name === 'nextUpdate' && trigger && isTouch(trigger.kind);
    if (!c || c.metAt !== null || restarted) readAlertsOfCase(ctx.db, caseId, now, name);
  }
  return { clocks, alerts };
}

const isTouch = (kind: string) => kind === 'reply' || kind === 'call';

const crossedOn = (c: Clock | null, policy: SlaPolicy, now: number): number[] =>
  c && c.state === 'running' && c.dueAt !== null ? crossedWarnings(c.dueAt, now, policy.warnBeforeMin) : [];

/**
 * Warnings for the running clocks of one case, once per clock cycle and offset. When several offsets are
 * crossed at once (the desk was closed, the policy tightened, the severity raised) only the most urgent one
 * shows; the others are recorded silently so that they never fire later.
 */
function raiseWarnings(
  ctx: ServiceContext,
  caseId: string,
  clocks: SlaClocks,
  policy: SlaPolicy,
  now: number,
) {
  const shown: string[] = [];
  for (const name of SLA_CLOCKS) {
    const c = clocks[name];
    const crossed = crossedOn(c, policy, now);
    if (!c || c.dueAt === null) continue;
    const urgent = crossed.at(-1);
    for (const offsetMin of crossed) {
      const id = uuidv7(now);
      const alert = { id, caseId, clock: name, startedAt: c.startedAt, dueAt: c.dueAt, at: now };
      if (insertAlert(ctx.db, { ...alert, kind: 'warning', offsetMin, silent: offsetMin !== urgent }))
        if (offsetMin === urgent) shown.push(id);
    }
  }
  return shown;
}

/** Records a met or breached clock; true for a breach recorded for the first time. */
function recordClock(ctx: ServiceContext, caseId: string, clocks: SlaClocks, name: SlaClockName, c: Clock) {
  if (c.state !== 'met' && c.state !== 'breached') return false;
  const met = c.state === 'met';
  const dueAt = met ? c.metAt! + c.remainingMs : c.breachedAt!;
  return recordOutcome(
    ctx.db,
    {
      caseId,
      clock: name,
      startedAt: c.startedAt,
      severity: clocks.severity,
      outcome: met ? 'met' : 'breached',
      dueAt,
      at: met ? c.metAt! : dueAt,
    },
    // Only a clock still running late can turn a recorded "met" into a breach (a reopened resolution);
    // a finished clock keeps the outcome recorded under the policy of its time.
    c.metAt === null,
  );
}

/**
 * Applies the policy in force to every open case at once (the desk's rule: one policy for all open
 * cases, so the list, the warnings and the dashboard never disagree); finished clocks keep their outcome.
 */
export function recomputeOpenCases(ctx: ServiceContext, policy = slaPolicy(ctx), now = ctx.now()): number {
  const ids = openCaseIds(ctx.db);
  for (let i = 0; i < ids.length; i += 500) {
    for (const [caseId, rows] of slaEventsForCases(ctx.db, ids.slice(i, i + 500))) {
      settleCase(ctx, caseId, toSlaEvents(rows), policy, now, {});
    }
  }
  return ids.length;
}

export function getSlaPolicy(ctx: ServiceContext): SlaPolicy {
  return slaPolicy(ctx);
}

/**
 * Saves the policy and marks every open case for the SLA watch, which recomputes them under it a chunk
 * at a time (services/sla-watch.ts): one step for the save, however many cases are open.
 */
export function updateSlaPolicy(
  ctx: ServiceContext,
  input: ParsedInputOf<'slaPolicy.update'>,
): SlaPolicyChange {
  return ctx.db
    .transaction(() => {
      writeSetting(ctx.db, 'slaPolicy', input.policy);
      return { policy: input.policy, recomputed: markOpenCasesForCheck(ctx.db) };
    })
    .immediate();
}

export function caseSla(ctx: ServiceContext, input: ParsedInputOf<'slaClocks.get'>): CaseSla {
  if (!getCaseRow(ctx.db, input.caseId)) throw notFound('case', input.caseId);
  const at = ctx.now();
  return { caseId: input.caseId, at, clocks: slaForCase(ctx, input.caseId, at) };
}

export function appNow(ctx: ServiceContext): { now: number } {
  return { now: ctx.now() };
}

/** The operations of core/sla-alerts.ts (`slaOperations`), bound to the functions above. */
export const slaHandlers: Handlers<typeof slaOperations> = {
  'clock.get': appNow,
  'slaPolicy.get': getSlaPolicy,
  'slaClocks.get': caseSla,
};
