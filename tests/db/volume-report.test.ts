import { describe, expect, it } from 'vitest';
import { cst, dailyReport, MON, openFixtureDesk, TUE, WED } from './lead-report-fixtures';

/**
 * Monday and Tuesday in UTC+8, read on Thursday:
 * - A (A, email) logged at 00:00 on Monday (16:00 UTC on Sunday), resolved at 01:00 on Tuesday;
 * - B logged at 10:00 on Monday, still open; G logged at 05:00, resolved at 02:00 on Wednesday;
 * - C logged at 20:00 on Sunday, closed at 12:00 on Monday;
 * - E logged at 08:00, resolved at 09:00, reopened at 15:00, resolved at 12:00 on Tuesday, closed at 13:00;
 * - D logged at 23:30 on Tuesday, open; F logged on Wednesday, open.
 */
function arrange() {
  const t = openFixtureDesk();
  const db = t.desk.db;
  const logged = (at: number, now: string, extra = {}) => {
    const id = t.caseAt(at, extra);
    db.prepare('UPDATE cases SET status = ? WHERE id = ?').run(now, id);
    return id;
  };
  const change = (id: string, at: number, from: string, to: string) =>
    t.event(id, at, 'status_changed', { from, to });
  const a = logged(cst(MON, '00:00'), 'resolved', { severity: 'A', channel: 'email' });
  change(a, cst(TUE, '01:00'), 'in_progress', 'resolved');
  logged(cst(MON, '10:00'), 'in_progress');
  const g = logged(cst(MON, '05:00'), 'resolved');
  change(g, cst(WED, '02:00'), 'waiting_customer', 'resolved');
  const c = logged(cst('2026-03-01', '20:00'), 'closed');
  change(c, cst(MON, '12:00'), 'in_progress', 'closed');
  const e = logged(cst(MON, '08:00'), 'closed');
  change(e, cst(MON, '09:00'), 'new', 'resolved');
  change(e, cst(MON, '15:00'), 'resolved', 'in_progress');
  change(e, cst(TUE, '12:00'), 'in_progress', 'resolved');
  change(e, cst(TUE, '13:00'), 'resolved', 'closed');
  logged(cst(TUE, '23:30'), 'new');
  logged(cst(WED, '10:00'), 'new');
  t.tick(cst('2026-03-05', '00:00') - t.tick(0));
  return t;
}

const report = dailyReport('leadReports.volume');

describe('the volume and backlog report', () => {
  it('counts new, resolved and closed cases per local day and the backlog at each day’s end', () => {
    const r = report(arrange());
    expect(
      r.periods.map(({ key, created, resolved, closed, openAtEnd }) => ({
        key,
        created,
        resolved,
        closed,
        openAtEnd,
      })),
    ).toEqual([
      { key: MON, created: 4, resolved: 1, closed: 1, openAtEnd: 4 },
      { key: TUE, created: 1, resolved: 2, closed: 1, openAtEnd: 3 },
    ]);
    expect(r.totals).toEqual({ created: 5, resolved: 3, closed: 2 });
  });

  it('profiles the backlog at each day’s end by age, adding up to that day’s backlog', () => {
    const r = report(arrange());
    expect(r.periods.map((p) => p.ages)).toEqual([
      // A, B, E (reopened) and G at Monday's end; A, logged at midnight, is a day old to the millisecond.
      { under1d: 3, d1to3: 1, d3to7: 0, over7d: 0 },
      // D is 30 minutes old; B 38 hours and G 43.
      { under1d: 1, d1to3: 2, d3to7: 0, over7d: 0 },
    ]);
    for (const p of r.periods) expect(Object.values(p.ages).reduce((a, n) => a + n)).toBe(p.openAtEnd);
  });

  it('ages the backlog of a day still running, and of days to come, as of now', () => {
    const t = arrange();
    const r = report(t, {}, cst('2026-03-06', '00:00'));
    // Wednesday ends now (Thursday 00:00): F 14 h, D 24.5 h, B 62 h; Thursday is still running.
    expect(r.periods.slice(2).map((p) => [p.key, p.ages, p.openAtEnd])).toEqual([
      ['2026-03-04', { under1d: 1, d1to3: 2, d3to7: 0, over7d: 0 }, 3],
      ['2026-03-05', { under1d: 1, d1to3: 2, d3to7: 0, over7d: 0 }, 3],
    ]);
  });

  it('counts a case resolved on the stroke of midnight in the day it was still open at the end of', () => {
    const t = arrange();
    const h = t.caseAt(cst('2026-02-20', '09:00'));
    t.desk.db.prepare(`UPDATE cases SET status = 'resolved' WHERE id = ?`).run(h);
    t.event(h, cst(TUE, '00:00'), 'status_changed', { from: 'in_progress', to: 'resolved' });
    const r = report(t);
    // Logged ten days before: over a week old at Monday's end, resolved in Tuesday's first instant.
    expect(r.periods.map((p) => [p.ages.over7d, p.openAtEnd])).toEqual([
      [1, 5],
      [0, 3],
    ]);
  });

  it('breaks the range’s cases down by channel, support area, service and customer', () => {
    const r = report(arrange());
    expect(r.breakdowns.channel).toEqual([
      { key: 'phone', name: 'phone', created: 4, resolved: 1 },
      { key: 'email', name: 'email', created: 1, resolved: 1 },
    ]);
    expect(r.breakdowns.supportArea).toEqual([
      { key: 'client_connectivity', name: 'client_connectivity', created: 5, resolved: 2 },
    ]);
    expect(r.breakdowns.customer).toHaveLength(1);
    expect(r.breakdowns.customer[0]).toMatchObject({ created: 5, resolved: 2 });
  });

  it('counts only the cases the filters keep', () => {
    const r = report(arrange(), { severities: ['A'] });
    expect(r.periods.map((p) => [p.created, p.resolved, p.openAtEnd])).toEqual([
      [1, 0, 1],
      [0, 1, 0],
    ]);
    expect(r.breakdowns.channel).toEqual([{ key: 'email', name: 'email', created: 1, resolved: 1 }]);
    expect(r.periods.map((p) => p.ages.d1to3)).toEqual([1, 0]);
  });
});
