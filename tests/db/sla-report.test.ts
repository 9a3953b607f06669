import { describe, expect, it } from 'vitest';
import {
  cst,
  dailyReport,
  HOUR,
  MINUTE,
  MON,
  OFFSET,
  openFixtureDesk,
  TUE,
  WED,
} from './lead-report-fixtures';

/**
 * Two local days, Monday and Tuesday in UTC+8, and the two days before them for the trend:
 * - A1 met its first response at 00:30 on Monday: 16:30 UTC on Sunday, so Monday's in the desk's zone;
 * - B1 breached its first response at 23:59 on Sunday: the previous range;
 * - B3's next update ran out at 12:00 on Monday and is still owed; the day agent had signed out at 11:00;
 * - B2's resolution ran out at 23:30 on Tuesday, during a night shift that runs past midnight, and it was
 *   resolved at 01:00 on Wednesday (90 minutes late);
 * - C1 was resolved on Monday, reopened, ran out of resolution time at 10:00 on Tuesday (the breach replaces
 *   the first "met") and was resolved again at 12:00: two hours late, not counted from the first resolution.
 */
function arrange() {
  const t = openFixtureDesk();
  const day = t.agent('白班 王芳');
  const night = t.agent('夜班 刘强');
  t.session(day, cst(MON, '08:00'), cst(MON, '11:00'));
  t.session(night, cst(TUE, '22:00'), cst(WED, '06:00'));
  const a1 = t.caseAt(cst(MON, '00:00'), { severity: 'A', channel: 'email' });
  const b1 = t.caseAt(cst('2026-03-01', '20:00'));
  const b2 = t.caseAt(cst(MON, '09:00'));
  const b3 = t.caseAt(cst(MON, '06:00'));
  const c1 = t.caseAt(cst(MON, '07:00'), { severity: 'C' });
  t.outcome(a1, 'firstResponse', {
    severity: 'A',
    outcome: 'met',
    startedAt: cst(MON, '00:00'),
    dueAt: cst(MON, '02:00'),
    at: cst(MON, '00:30'),
  });
  t.outcome(b1, 'firstResponse', { outcome: 'breached', startedAt: 1, dueAt: cst('2026-03-01', '23:59') });
  t.outcome(b3, 'nextUpdate', { outcome: 'breached', startedAt: 2, dueAt: cst(MON, '12:00') });
  t.outcome(b2, 'resolution', { outcome: 'breached', startedAt: 3, dueAt: cst(TUE, '23:30') });
  t.event(b2, cst(WED, '01:00'), 'status_changed', { from: 'in_progress', to: 'resolved' });
  t.outcome(c1, 'resolution', { severity: 'C', outcome: 'breached', startedAt: 4, dueAt: cst(TUE, '10:00') });
  t.event(c1, cst(MON, '09:00'), 'status_changed', { from: 'in_progress', to: 'resolved' });
  t.event(c1, cst(MON, '15:00'), 'status_changed', { from: 'resolved', to: 'in_progress' });
  t.event(c1, cst(TUE, '12:00'), 'status_changed', { from: 'in_progress', to: 'resolved' });
  t.tick(cst('2026-03-05', '00:00') - t.tick(0));
  return { t, ids: { a1, b1, b2, b3, c1 } };
}

const report = dailyReport('leadReports.sla');

describe('the SLA compliance report', () => {
  it('counts met and breached cycles per local day, clock and severity, against the days before', () => {
    const { t } = arrange();
    const r = report(t);
    expect(r.periods.map((p) => p.key)).toEqual([MON, TUE]);
    expect(r.periods.map((p) => p.clocks)).toEqual([
      {
        firstResponse: { met: 1, breached: 0 },
        nextUpdate: { met: 0, breached: 1 },
        resolution: { met: 0, breached: 0 },
      },
      {
        firstResponse: { met: 0, breached: 0 },
        nextUpdate: { met: 0, breached: 0 },
        resolution: { met: 0, breached: 2 },
      },
    ]);
    expect(r.totals).toEqual({ met: 1, breached: 3 });
    expect(r.previous).toEqual({ met: 0, breached: 1 });
    expect(r.bySeverity.A.firstResponse).toEqual({ met: 1, breached: 0 });
    expect(r.bySeverity.B).toEqual({
      firstResponse: { met: 0, breached: 0 },
      nextUpdate: { met: 0, breached: 1 },
      resolution: { met: 0, breached: 1 },
    });
    expect(r.bySeverity.C.resolution).toEqual({ met: 0, breached: 1 });
  });

  it('lists each breach with who was on duty when it ran out and how late it ended', () => {
    const { t, ids } = arrange();
    const r = report(t);
    expect(r.breaches.map((b) => [b.caseId, b.clock, b.agentOnDuty, b.lateMs])).toEqual([
      [ids.b2, 'resolution', '夜班 刘强', 90 * MINUTE],
      [ids.c1, 'resolution', null, 2 * HOUR],
      // Still owed: late until the report was made, at midnight on Thursday.
      [ids.b3, 'nextUpdate', null, cst('2026-03-05', '00:00') - cst(MON, '12:00')],
    ]);
    expect(r.breaches[2]!.endedAt).toBeNull();
  });

  it('counts only the cases the filters keep, by the severity the clock ran under', () => {
    const { t, ids } = arrange();
    expect(report(t, { severities: ['A'] }).totals).toEqual({ met: 1, breached: 0 });
    expect(report(t, { channels: ['email'] }).totals).toEqual({ met: 1, breached: 0 });
    const c = report(t, { severities: ['C'] });
    expect(c.totals).toEqual({ met: 0, breached: 1 });
    expect(c.breaches.map((b) => b.caseId)).toEqual([ids.c1]);
  });

  it('cuts weeks at Monday midnight in the desk zone', () => {
    const { t } = arrange();
    const r = t.call('leadReports.sla', {
      from: cst('2026-02-23', '00:00'),
      to: cst('2026-03-09', '00:00'),
      granularity: 'week',
      utcOffsetMin: OFFSET,
    });
    expect(r.periods.map((p) => [p.key, p.clocks.firstResponse])).toEqual([
      // B1 ran out at 23:59 on Sunday: the week before.
      ['2026-02-23', { met: 0, breached: 1 }],
      ['2026-03-02', { met: 1, breached: 0 }],
    ]);
  });
});
