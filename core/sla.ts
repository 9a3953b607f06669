// SLA clock arithmetic: pure and deterministic. Times are UTC epoch milliseconds on a 24x7 calendar (no
// business hours, no DST: an hour is always 3,600,000 ms); the UI shows them in local time.
import { isOpenStatus, SEVERITIES, type CaseStatus, type Severity } from './domain';
import { MINUTE, MINUTES_PER_DAY } from './time';

export interface SlaTargets {
  /** Minutes from creation to the first customer-facing response. */
  firstResponseMin: number;
  /** Minutes from one customer-facing update to the next, while the case is open. */
  nextUpdateMin: number;
  /** Minutes from creation to resolution. */
  resolutionMin: number;
}

export interface SlaPolicy {
  targets: Record<Severity, SlaTargets>;
  /** Whether the clocks stop while the case waits on the customer / on 21Vianet. */
  pauseOnCustomer: boolean;
  pauseOn21v: boolean;
  /** Minutes before a due time at which to warn, e.g. [60, 30, 10]. */
  warnBeforeMin: number[];
}

/** 21Vianet's published first-response times for A/B/C (2/4/8 h); the rest are the desk's defaults. */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  targets: {
    A: { firstResponseMin: 120, nextUpdateMin: 240, resolutionMin: MINUTES_PER_DAY },
    B: { firstResponseMin: 240, nextUpdateMin: 480, resolutionMin: 3 * MINUTES_PER_DAY },
    C: { firstResponseMin: 480, nextUpdateMin: MINUTES_PER_DAY, resolutionMin: 5 * MINUTES_PER_DAY },
  },
  pauseOnCustomer: true,
  pauseOn21v: true,
  warnBeforeMin: [60, 30, 10],
};

/** The timeline events the clocks read, besides a change of the case's severity (field_changed). */
export const CLOCK_EVENT_KINDS = ['created', 'status_changed', 'reply', 'call'] as const;

/** Whether a timeline event can move a case's clocks. */
export function movesClocks(kind: string, payload: unknown): boolean {
  if (kind === 'field_changed') return (payload as { field?: string }).field === 'severity';
  return (CLOCK_EVENT_KINDS as readonly string[]).includes(kind);
}

/** What the clocks need from a case's timeline, oldest first. */
export type SlaEvent =
  | { at: number; kind: 'created'; severity: Severity }
  | { at: number; kind: 'status'; to: CaseStatus }
  | { at: number; kind: 'severity'; to: Severity }
  /** A customer-facing reply or logged call. */
  | { at: number; kind: 'touch' };

export type ClockState = 'running' | 'paused' | 'met' | 'breached';

/** The three clocks of a case, in the order the desk reads them. */
export const SLA_CLOCKS = ['firstResponse', 'nextUpdate', 'resolution'] as const;
export type SlaClockName = (typeof SLA_CLOCKS)[number];

export interface Clock {
  state: ClockState;
  targetMin: number;
  /**
   * When this clock's cycle started: creation for first response and resolution, the last reply or call
   * for next update. With the case and the clock's name it identifies one cycle (one warning per offset,
   * one breach record per cycle).
   */
  startedAt: number;
  /** Wall-clock due time if the clock keeps running from now; null while paused or finished. */
  dueAt: number | null;
  /** Active time left (negative once breached). */
  remainingMs: number;
  /** When the target was met, for met clocks. */
  metAt: number | null;
  /** When the target was (or is) exceeded, if it was. */
  breachedAt: number | null;
}

export interface SlaClocks {
  firstResponse: Clock;
  /** Null before the first response and once the case is resolved or closed. */
  nextUpdate: Clock | null;
  resolution: Clock;
  paused: boolean;
  /** Resolved or closed: no clock runs until a reopen. */
  done: boolean;
  /** The severity whose targets apply (the case's current one). */
  severity: Severity;
}

/** Intervals during which a clock runs; the last may be open (end = Infinity). */
type Segments = { start: number; end: number }[];

const isDone = (s: CaseStatus) => !isOpenStatus(s);

function pausedBy(status: CaseStatus, policy: SlaPolicy): boolean {
  return (
    (status === 'waiting_customer' && policy.pauseOnCustomer) ||
    (status === 'waiting_21v' && policy.pauseOn21v)
  );
}

/** Active time in [from, to) over the segments. */
function activeBetween(segments: Segments, from: number, to: number): number {
  let total = 0;
  for (const s of segments) total += Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
  return total;
}

/** The wall time at which `amount` of active time has passed since `from`, or null if it never does. */
function wallTimeAfter(segments: Segments, from: number, amount: number): number | null {
  let left = amount;
  for (const s of segments) {
    const start = Math.max(s.start, from);
    if (s.end <= start) continue;
    if (start + left <= s.end) return start + left;
    left -= s.end - start;
  }
  return null;
}

function clock(
  segments: Segments,
  origin: number,
  targetMin: number,
  metAt: number | null,
  now: number,
  runningNow: boolean,
): Clock {
  const target = targetMin * MINUTE;
  const breachedAt = wallTimeAfter(segments, origin, target);
  if (metAt !== null) {
    const late = breachedAt !== null && breachedAt < metAt;
    return {
      state: late ? 'breached' : 'met',
      targetMin,
      startedAt: origin,
      dueAt: null,
      remainingMs: target - activeBetween(segments, origin, metAt),
      metAt,
      breachedAt: late ? breachedAt : null,
    };
  }
  const remainingMs = target - activeBetween(segments, origin, now);
  const breached = breachedAt !== null && breachedAt <= now;
  return {
    state: breached ? 'breached' : runningNow ? 'running' : 'paused',
    targetMin,
    startedAt: origin,
    dueAt: runningNow ? now + remainingMs : null,
    remainingMs,
    metAt: null,
    breachedAt: breached ? breachedAt : null,
  };
}

/**
 * The case's three clocks at `now`. Pauses (per policy) stop every clock; resolving or closing stops the
 * resolution clock (met), a reopen restarts it from where it stopped; the first reply, call or resolution
 * meets the first response; each reply or call restarts the next-update clock. A severity change applies
 * the new severity's targets to the whole case.
 */
export function computeSla(events: readonly SlaEvent[], policy: SlaPolicy, now: number): SlaClocks {
  const created = events.find((e) => e.kind === 'created');
  if (!created || created.kind !== 'created') throw new Error('an SLA needs the created event');
  let severity = created.severity;
  let status: CaseStatus = 'new';
  let firstTouch: number | null = null;
  let lastTouch: number | null = null;
  let resolvedAt: number | null = null;
  // Segments during which the case is open and not paused: every clock runs exactly then.
  const running: Segments = [];
  let openFrom: number | null = created.at;

  const apply = (at: number, nextStatus: CaseStatus) => {
    const wasRunning = !isDone(status) && !pausedBy(status, policy);
    const willRun = !isDone(nextStatus) && !pausedBy(nextStatus, policy);
    if (wasRunning && !willRun && openFrom !== null) {
      running.push({ start: openFrom, end: at });
      openFrom = null;
    }
    if (!wasRunning && willRun) openFrom = at;
    if (isDone(nextStatus) && !isDone(status)) resolvedAt = at;
    if (!isDone(nextStatus)) resolvedAt = null;
    status = nextStatus;
  };

  for (const e of events) {
    if (e.at > now) break;
    if (e.kind === 'status') {
      apply(e.at, e.to);
      if (isDone(e.to) && firstTouch === null) firstTouch = e.at;
    } else if (e.kind === 'severity') severity = e.to;
    else if (e.kind === 'touch') {
      firstTouch ??= e.at;
      lastTouch = e.at;
    }
  }
  const runningNow = openFrom !== null;
  if (openFrom !== null) running.push({ start: openFrom, end: Infinity });

  const targets = policy.targets[severity];
  const done = isDone(status);
  return {
    firstResponse: clock(running, created.at, targets.firstResponseMin, firstTouch, now, runningNow),
    nextUpdate:
      done || lastTouch === null
        ? null
        : clock(running, lastTouch, targets.nextUpdateMin, null, now, runningNow),
    resolution: clock(running, created.at, targets.resolutionMin, done ? resolvedAt : null, now, runningNow),
    paused: !done && !runningNow,
    done,
    severity,
  };
}

/** The clock that runs out first among those still running, for "time to breach" sorting. */
export function nextDue(clocks: SlaClocks): { which: SlaClockName; dueAt: number } | null {
  const candidates = SLA_CLOCKS.map((which) => ({ which, c: clocks[which] })).filter(
    (x): x is { which: typeof x.which; c: Clock } => !!x.c && x.c.dueAt !== null,
  );
  candidates.sort((a, b) => a.c.dueAt! - b.c.dueAt!);
  const first = candidates[0];
  return first ? { which: first.which, dueAt: first.c.dueAt! } : null;
}

/** A clock past its target and not yet met: the desk owes the customer something now. */
export const isOverdue = (c: Clock | null): boolean =>
  c !== null && c.state === 'breached' && c.metAt === null;

/** What the case list sorts and filters by, kept on the case row (cases.sla_state). */
export const SLA_STATES = ['running', 'paused', 'breached', 'done'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** done: resolved or closed; breached: a clock is overdue (even while paused); else running or paused. */
export function slaStateOf(clocks: SlaClocks): SlaState {
  if (clocks.done) return 'done';
  if (SLA_CLOCKS.some((name) => isOverdue(clocks[name]))) return 'breached';
  return clocks.paused ? 'paused' : 'running';
}

/**
 * When the SLA watch next has work for these clocks, once everything up to `now` is done: the next warning
 * offset or due time of a running clock. Null when nothing happens without an event (paused, finished,
 * or only overdue clocks whose breach is already recorded). Wall times hold while the clocks run; any event
 * that could move them recomputes this.
 */
export function nextCheckAt(clocks: SlaClocks, warnBeforeMin: readonly number[], now: number): number | null {
  let next: number | null = null;
  for (const name of SLA_CLOCKS) {
    const c = clocks[name];
    if (!c || c.state !== 'running' || c.dueAt === null) continue;
    for (const at of [c.dueAt, ...warnBeforeMin.map((m) => c.dueAt! - m * MINUTE)]) {
      if (at > now && (next === null || at < next)) next = at;
    }
  }
  return next;
}

/** Whether the watch has work now: a warning offset crossed or a clock overdue, as of `now`. */
export function hasDueWork(clocks: SlaClocks, warnBeforeMin: readonly number[], now: number): boolean {
  return SLA_CLOCKS.some((name) => {
    const c = clocks[name];
    if (isOverdue(c)) return true;
    return (
      !!c &&
      c.state === 'running' &&
      c.dueAt !== null &&
      crossedWarnings(c.dueAt, now, warnBeforeMin).length > 0
    );
  });
}

/** The warning offsets (minutes before due) that have been crossed by `now`, largest first. */
export function crossedWarnings(dueAt: number, now: number, warnBeforeMin: readonly number[]): number[] {
  return [...warnBeforeMin].sort((a, b) => b - a).filter((m) => now >= dueAt - m * MINUTE && now < dueAt);
}

export const isSeverity = (v: unknown): v is Severity => SEVERITIES.includes(v as Severity);
