import { describe, expect, it } from 'vitest';
import { casesToCheck } from '../../db/queries/sla';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../core/sla';
import { writeSetting } from '../../db/queries/settings';
import { recomputeOpenCases } from '../../electron/services/sla';
import { checkSla, startSlaWatch } from '../../electron/services/sla-watch';
import { generateDesk } from '../../scripts/bench/generate';
import { openTestDesk, type TestDesk } from './case-support';

const DAY = 86_400_000;

/** A desk closed for a while: its open cases' clocks ran out meanwhile and nothing was checked. */
function backlogDesk() {
  const t = openTestDesk();
  generateDesk(t.desk.db, t.desk.ctx.agentId, 1_500, () => {});
  recomputeOpenCases(t.desk.ctx);
  t.tick(365 * DAY);
  return t;
}

/** What the watch leaves behind, keyed by case number (ids differ between two generated desks). */
function settled(t: TestDesk) {
  const q = (sql: string) => t.desk.db.prepare(sql).all();
  return {
    cases: q(`SELECT number, next_due_at, sla_state, sla_check_at FROM cases ORDER BY number`),
    outcomes:
      q(`SELECT c.number, o.clock, o.started_at, o.outcome, o.due_at, o.at FROM sla_outcomes o JOIN cases c ON c.id = o.case_id
                 ORDER BY c.number, o.clock, o.due_at`),
    alerts:
      q(`SELECT c.number, a.kind, a.clock, a.offset_min, a.due_at, a.silent FROM sla_alerts a JOIN cases c ON c.id = a.case_id
               ORDER BY c.number, a.kind, a.clock, a.offset_min`),
    breaches: q(`SELECT c.number, count(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id
                 WHERE e.kind = 'sla_breached' GROUP BY c.number ORDER BY c.number`),
  };
}

/** Waits until the watch has nothing left to do by now, the event loop free between its chunks. */
async function workedOff(t: TestDesk) {
  const deadline = Date.now() + 20_000;
  while (casesToCheck(t.desk.db, t.desk.ctx.now()).length > 0) {
    if (Date.now() > deadline) throw new Error('the backlog was not worked off');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A desk whose open cases are all settled and due later than now. */
function settledDesk() {
  const t = openTestDesk();
  generateDesk(t.desk.db, t.desk.ctx.agentId, 1_500, () => {});
  t.tick(180 * DAY);
  recomputeOpenCases(t.desk.ctx);
  checkSla(t.desk.ctx);
  return t;
}

const STRICTER: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  targets: {
    ...DEFAULT_SLA_POLICY.targets,
    B: { ...DEFAULT_SLA_POLICY.targets.B, firstResponseMin: 20, resolutionMin: 600 },
    C: { ...DEFAULT_SLA_POLICY.targets.C, resolutionMin: 900 },
  },
};

describe('the SLA watch working off a backlog', () => {
  it('settles it a chunk at a time with the event loop free between, exactly as one big pass does', async () => {
    const big = backlogDesk();
    checkSla(big.desk.ctx);
    const expected = settled(big);
    expect(expected.outcomes.length).toBeGreaterThan(20);

    const t = backlogDesk();
    const due = casesToCheck(t.desk.db, t.desk.ctx.now()).length;
    expect(due).toBeGreaterThan(30);
    let turns = 0;
    const loop = setInterval(() => turns++, 0);
    const watch = startSlaWatch(t.desk.ctx, { chunk: 10 });
    try {
      // Only the first chunk ran in the call itself.
      expect(casesToCheck(t.desk.db, t.desk.ctx.now()).length).toBe(due - 10);
      const deadline = Date.now() + 20_000;
      while (casesToCheck(t.desk.db, t.desk.ctx.now()).length > 0) {
        if (Date.now() > deadline) throw new Error('the backlog was not worked off');
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      watch.stop();
      clearInterval(loop);
    }
    expect(turns).toBeGreaterThan(0);
    expect(settled(t)).toEqual(expected);
  });

  it('recomputes the open cases under a new policy a chunk at a time, exactly as one pass over all', async () => {
    const once = settledDesk();
    once.desk.db.transaction(() => {
      writeSetting(once.desk.db, 'slaPolicy', STRICTER);
      recomputeOpenCases(once.desk.ctx, STRICTER);
    })();
    checkSla(once.desk.ctx);
    const expected = settled(once);

    const t = settledDesk();
    const before = settled(t);
    expect(before).not.toEqual(expected);
    const watch = startSlaWatch(t.desk.ctx, { chunk: 10 });
    try {
      const open = t.desk.db.prepare(`SELECT count(*) FROM cases WHERE status <> 'closed'`).pluck().get();
      expect(t.call('slaPolicy.update', { policy: STRICTER }).recomputed).toBe(open);
      // The call settled one chunk; the rest waits for the watch's next turns.
      expect(casesToCheck(t.desk.db, t.desk.ctx.now()).length).toBeGreaterThan(0);
      await workedOff(t);
    } finally {
      watch.stop();
    }
    expect(settled(t)).toEqual(expected);

    // Without a running watch (a script, a test), the change is settled before the call returns.
    const alone = settledDesk();
    alone.call('slaPolicy.update', { policy: STRICTER });
    expect(casesToCheck(alone.desk.db, alone.desk.ctx.now())).toEqual([]);
    expect(settled(alone)).toEqual(expected);
  });
});
