// The SLA clocks of every open case, for the handover: slaForCases's arithmetic (the desk's policy over each
// timeline's clock events, services/sla.ts) with the clock events kept between compositions. The outgoing
// agent composes, edits and refreshes, and submission composes once more; between two of these only a few
// cases get new events, so only those are read again instead of 5,000 timelines each time.
//
// Why the cache cannot go stale: case_events is append-only (triggers refuse UPDATE and DELETE), so a
// case's clock events change only by new rows, and new rows get higher rowids than every existing one. The
// cache remembers the last row it has seen (rowid and id); rows after it name the cases to read again. If
// that row is no longer there (a transaction that wrote it was rolled back, its rowid reused), the whole
// cache is dropped.
import { computeSla, type SlaClocks, type SlaEvent } from '../../core/sla';
import type { Db } from '../../db/open';
import { casesWithEventsAfter, eventAt, lastEvent } from '../../db/queries/handover-compose';
import { slaEventsForCases, toSlaEvents } from '../../db/queries/sla-events';
import type { ServiceContext } from './context';
import { slaPolicy } from './sla';

interface ClockEventCache {
  /** The last event seen: rowid 0 and id null for an empty log. */
  rowid: number;
  id: string | null;
  events: Map<string, SlaEvent[]>;
}

const caches = new WeakMap<Db, ClockEventCache>();

/** The cache, brought up to date with the log: entries of cases with newer events are dropped. */
function current(db: Db): ClockEventCache {
  const last = lastEvent(db);
  let cache = caches.get(db);
  if (!cache || (cache.id !== null && eventAt(db, cache.rowid) !== cache.id)) {
    cache = { rowid: 0, id: null, events: new Map() };
    caches.set(db, cache);
  } else if (last && last.rowid > cache.rowid) {
    for (const caseId of casesWithEventsAfter(db, cache.rowid)) cache.events.delete(caseId);
  }
  cache.rowid = last?.rowid ?? 0;
  cache.id = last?.id ?? null;
  return cache;
}

/**
 * The clock events of the cases (oldest first) and their clocks at `now`. Call inside a transaction that
 * has not written case_events, so that what is cached is committed.
 */
export function handoverClocks(
  ctx: ServiceContext,
  caseIds: readonly string[],
  now: number,
): { clocks: Map<string, SlaClocks>; events: ReadonlyMap<string, SlaEvent[]> } {
  const cache = current(ctx.db);
  const missing = caseIds.filter((id) => !cache.events.has(id));
  if (missing.length > 0) {
    const read = slaEventsForCases(ctx.db, missing);
    for (const id of missing) cache.events.set(id, toSlaEvents(read.get(id) ?? []));
  }
  const policy = slaPolicy(ctx);
  const clocks = new Map<string, SlaClocks>();
  for (const id of caseIds) {
    const events = cache.events.get(id)!;
    // A timeline without its `created` event (not one the app writes) has no clocks to show.
    if (events.some((e) => e.kind === 'created')) clocks.set(id, computeSla(events, policy, now));
  }
  return { clocks, events: cache.events };
}

/** When the case last went to waiting on 21Vianet, from its clock events. */
export function waitingOn21vSince(events: readonly SlaEvent[] | undefined): number | null {
  if (!events) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'status' && e.to === 'waiting_21v') return e.at;
  }
  return null;
}
