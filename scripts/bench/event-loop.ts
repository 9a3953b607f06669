// How long long work holds the host's event loop, as `monitorEventLoopDelay` sees it: the SLA watch
// working off a backlog, a new SLA policy recomputing every open case, and the whole desk exported chunk by
// chunk as the page asks for it (one request per chunk, other requests answered between). Each beside the
// same probe over an idle loop for as long: the timer's own jitter, the floor.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { CaseExportChunk } from '../../core/case-export';
import type { ListCursor } from '../../core/case-query';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../core/sla';
import { casesToCheck, markOpenCasesForCheck } from '../../db/queries/sla';
import type { Desk } from '../../electron/services/desk';
import { startSlaWatch } from '../../electron/services/sla-watch';
import type { Stats } from './measure';
import type { Entry } from './report';

type Call = <T>(name: string, input: unknown) => T;

const turn = () => new Promise((resolve) => setImmediate(resolve));
const ms = (ns: number) => Math.round(ns / 1e3) / 1e3;

function statsOf(h: IntervalHistogram): Stats {
  return {
    runs: h.count,
    p50_ms: ms(h.percentile(50)),
    p95_ms: ms(h.percentile(95)),
    p99_ms: ms(h.percentile(99)),
    max_ms: ms(h.max),
  };
}

/** The loop's delay while `work` runs, and over an idle loop for as long. */
async function probe(work: () => Promise<void>): Promise<{ busy: Stats; idle: Stats; seconds: number }> {
  const busy = monitorEventLoopDelay({ resolution: 1 });
  busy.enable();
  const started = performance.now();
  await work();
  const took = performance.now() - started;
  busy.disable();
  const idle = monitorEventLoopDelay({ resolution: 1 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, Math.max(200, took)));
  idle.disable();
  return { busy: statsOf(busy), idle: statsOf(idle), seconds: took / 1000 };
}

async function untilWorkedOff(desk: Desk) {
  while (casesToCheck(desk.db, desk.ctx.now(), 1).length > 0) await turn();
}

/** A policy stricter for B and C than the default, so that changing to it moves every open case. */
const STRICTER: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  targets: {
    ...DEFAULT_SLA_POLICY.targets,
    B: { ...DEFAULT_SLA_POLICY.targets.B, resolutionMin: DEFAULT_SLA_POLICY.targets.B.resolutionMin / 2 },
    C: { ...DEFAULT_SLA_POLICY.targets.C, resolutionMin: DEFAULT_SLA_POLICY.targets.C.resolutionMin / 2 },
  },
};

export async function benchEventLoop(desk: Desk, call: Call, cases: number): Promise<Entry[]> {
  const entry = (name: string, about: string, p: Awaited<ReturnType<typeof probe>>): Entry => ({
    name,
    cases,
    about: `${about} (${p.seconds.toFixed(1)} s)`,
    service: p.busy,
    baseline: { what: 'the same probe over an idle loop', stats: p.idle },
  });
  const entries: Entry[] = [];

  // After downtime: every open case due at once, worked off by the watch as it starts.
  const open = markOpenCasesForCheck(desk.db);
  let watch: { stop(): void } | null = null;
  const catchUp = await probe(async () => {
    watch = startSlaWatch(desk.background);
    await untilWorkedOff(desk);
  });
  entries.push(
    entry('loop_sla_catch_up', `the SLA watch settling ${open.toLocaleString('en')} open cases due`, catchUp),
  );

  // A new policy, and back, each recomputing every open case through the running watch.
  const current = call<SlaPolicy>('slaPolicy.get', {});
  const next = JSON.stringify(current) === JSON.stringify(STRICTER) ? DEFAULT_SLA_POLICY : STRICTER;
  const change = await probe(async () => {
    call('slaPolicy.update', { policy: next });
    await untilWorkedOff(desk);
  });
  (watch as { stop(): void } | null)?.stop();
  entries.push(
    entry('loop_policy_change', `a new SLA policy over ${open.toLocaleString('en')} open cases`, change),
  );

  const exported = await probe(async () => {
    let after: ListCursor | null = null;
    do {
      const chunk: CaseExportChunk = call('cases.export', { filters: {}, ...(after ? { after } : {}) });
      after = chunk.next;
      await turn(); // the next chunk is the page's next request
    } while (after);
  });
  entries.push(entry('loop_export', `the whole desk exported, chunk by chunk`, exported));
  return entries;
}
