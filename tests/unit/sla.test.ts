import { describe, expect, it } from 'vitest';
import {
  computeSla,
  crossedWarnings,
  DEFAULT_SLA_POLICY as P,
  nextDue,
  type SlaEvent,
  type SlaPolicy,
} from '../../core/sla';

const T0 = Date.UTC(2026, 10, 24, 16, 0); // 2026-11-25 00:00 in Shanghai: the clocks never care.
const min = (n: number) => T0 + n * 60_000;
const created = (severity: 'A' | 'B' | 'C' = 'A'): SlaEvent => ({ at: T0, kind: 'created', severity });
function statusEvent(
  m: number,
  to: 'new' | 'in_progress' | 'waiting_customer' | 'waiting_21v' | 'resolved' | 'closed',
): SlaEvent {
  return { at: min(m), kind: 'status', to };
}
const touch = (m: number): SlaEvent => ({ at: min(m), kind: 'touch' });

describe('SLA clocks on a 24x7 calendar', () => {
  it('runs all clocks from creation with the severity’s targets', () => {
    const c = computeSla([created('A')], P, min(30));
    expect(c.firstResponse).toMatchObject({
      state: 'running',
      targetMin: 120,
      dueAt: min(120),
      remainingMs: 90 * 60_000,
    });
    expect(c.resolution).toMatchObject({ state: 'running', dueAt: min(24 * 60) });
    expect(c.nextUpdate).toBeNull();
    expect(c.paused).toBe(false);
    expect(computeSla([created('B')], P, T0).firstResponse.dueAt).toBe(min(240));
    expect(computeSla([created('C')], P, T0).firstResponse.dueAt).toBe(min(480));
  });

  it('meets the first response with a reply or call, then runs the next-update clock from each touch', () => {
    const events = [created('A'), touch(45), touch(200)];
    const c = computeSla(events, P, min(210));
    expect(c.firstResponse).toMatchObject({ state: 'met', metAt: min(45), dueAt: null, breachedAt: null });
    expect(c.nextUpdate).toMatchObject({ state: 'running', dueAt: min(200 + 240) });
  });

  it('breaches a clock that runs past its target and says when', () => {
    const c = computeSla([created('A')], P, min(150));
    expect(c.firstResponse).toMatchObject({
      state: 'breached',
      breachedAt: min(120),
      remainingMs: -30 * 60_000,
    });
    const late = computeSla([created('A'), touch(130)], P, min(140));
    expect(late.firstResponse).toMatchObject({ state: 'breached', metAt: min(130), breachedAt: min(120) });
  });

  it('pauses every clock while waiting on the customer or on 21Vianet, and records nothing while paused', () => {
    const events = [created('A'), statusEvent(30, 'waiting_customer'), statusEvent(90, 'in_progress')];
    const during = computeSla(events, P, min(60));
    expect(during.paused).toBe(true);
    expect(during.firstResponse).toMatchObject({ state: 'paused', dueAt: null, remainingMs: 90 * 60_000 });
    const after = computeSla(events, P, min(100));
    // 60 paused minutes push every due time back by 60 minutes.
    expect(after.firstResponse.dueAt).toBe(min(180));
    expect(after.resolution.dueAt).toBe(min(24 * 60 + 60));
    const vianet = computeSla(
      [created('A'), statusEvent(10, 'waiting_21v'), statusEvent(70, 'in_progress')],
      P,
      min(80),
    );
    expect(vianet.firstResponse.dueAt).toBe(min(180));
  });

  it('pauses only where the policy says so', () => {
    const noCustomerPause: SlaPolicy = { ...P, pauseOnCustomer: false };
    const events = [created('A'), statusEvent(30, 'waiting_customer')];
    expect(computeSla(events, noCustomerPause, min(60)).firstResponse).toMatchObject({
      state: 'running',
      dueAt: min(120),
    });
    const waiting21v = [created('A'), statusEvent(30, 'waiting_21v')];
    expect(computeSla(waiting21v, { ...P, pauseOn21v: false }, min(60)).paused).toBe(false);
    expect(computeSla(waiting21v, P, min(60)).paused).toBe(true);
  });

  it('does not breach while paused past the due time, and breaches once running again', () => {
    const events = [created('A'), statusEvent(100, 'waiting_21v'), statusEvent(400, 'in_progress')];
    expect(computeSla(events, P, min(300)).firstResponse.state).toBe('paused');
    const resumed = computeSla(events, P, min(430));
    expect(resumed.firstResponse).toMatchObject({ state: 'breached', breachedAt: min(420) });
  });

  it('stops the resolution clock at resolution, and a reopen restarts it where it stopped', () => {
    const resolved = [created('B'), touch(10), statusEvent(600, 'resolved')];
    const atResolve = computeSla(resolved, P, min(700));
    expect(atResolve.resolution).toMatchObject({ state: 'met', metAt: min(600) });
    expect(atResolve.nextUpdate).toBeNull();
    const reopened = [...resolved, statusEvent(2000, 'in_progress')];
    const c = computeSla(reopened, P, min(2100));
    expect(c.resolution.state).toBe('running');
    // 600 minutes before resolution + 100 after the reopen; the 1,400 resolved minutes do not count.
    expect(c.resolution.remainingMs).toBe((3 * 24 * 60 - 700) * 60_000);
    expect(c.resolution.dueAt).toBe(min(2100 + 3 * 24 * 60 - 700));
    const closedLate = computeSla([created('A'), touch(5), statusEvent(25 * 60, 'closed')], P, min(26 * 60));
    expect(closedLate.resolution).toMatchObject({ state: 'breached', breachedAt: min(24 * 60) });
  });

  it('counts a resolution as the first response when no reply came before it', () => {
    const c = computeSla([created('C'), statusEvent(50, 'resolved')], P, min(60));
    expect(c.firstResponse).toMatchObject({ state: 'met', metAt: min(50) });
  });

  it('applies a severity change to the whole case', () => {
    const events: SlaEvent[] = [created('C'), { at: min(30), kind: 'severity', to: 'A' }];
    expect(computeSla(events, P, min(40)).firstResponse).toMatchObject({ targetMin: 120, dueAt: min(120) });
    expect(computeSla(events, P, min(20)).firstResponse.targetMin).toBe(480);
  });

  it('uses whatever policy it is given, so a changed policy changes the due times', () => {
    const strict: SlaPolicy = {
      ...P,
      targets: { ...P.targets, A: { ...P.targets.A, firstResponseMin: 30 } },
    };
    expect(computeSla([created('A')], strict, min(10)).firstResponse.dueAt).toBe(min(30));
    expect(computeSla([created('A')], P, min(10)).firstResponse.dueAt).toBe(min(120));
  });

  it('ignores events after `now`, so the same timeline gives the same answer at any instant', () => {
    const events = [created('A'), touch(45), statusEvent(60, 'waiting_customer')];
    expect(computeSla(events, P, min(40))).toEqual(computeSla([created('A')], P, min(40)));
  });

  it('does not drift across days or the turn of the year (no DST in UTC arithmetic)', () => {
    const newYear = Date.UTC(2026, 11, 31, 20, 0);
    const c = computeSla([{ at: newYear, kind: 'created', severity: 'C' }], P, newYear + 60_000);
    expect(c.resolution.dueAt! - newYear).toBe(5 * 24 * 60 * 60_000);
  });

  it('refuses a timeline without its created event', () => {
    expect(() => computeSla([touch(1)], P, min(2))).toThrow(/created/);
  });
});

describe('time to breach and warnings', () => {
  it('picks the running clock that is due first', () => {
    expect(nextDue(computeSla([created('A')], P, min(1)))).toEqual({
      which: 'firstResponse',
      dueAt: min(120),
    });
    expect(nextDue(computeSla([created('A'), touch(10)], P, min(11)))).toEqual({
      which: 'nextUpdate',
      dueAt: min(250),
    });
    expect(nextDue(computeSla([created('A'), statusEvent(5, 'waiting_customer')], P, min(6)))).toBeNull();
    expect(nextDue(computeSla([created('A'), touch(1), statusEvent(5, 'resolved')], P, min(6)))).toBeNull();
  });

  it('lists the warning offsets crossed, largest first, and none once due', () => {
    const due = min(120);
    expect(crossedWarnings(due, min(50), [60, 30, 10])).toEqual([]);
    expect(crossedWarnings(due, min(60), [60, 30, 10])).toEqual([60]);
    expect(crossedWarnings(due, min(111), [10, 60, 30])).toEqual([60, 30, 10]);
    expect(crossedWarnings(due, min(120), [60, 30, 10])).toEqual([]);
  });
});
