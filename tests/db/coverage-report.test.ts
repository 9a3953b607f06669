import { describe, expect, it } from 'vitest';
import { HOURS_PER_WEEK } from '../../core/coverage-report';
import { HOUR, MINUTE, OFFSET, cst, openFixtureDesk, type FixtureDesk } from './lead-report-fixtures';

const FROM = cst('2026-03-02', '00:00'); // a Monday in UTC+8
const TO = cst('2026-03-16', '00:00'); // two weeks
const OFF = OFFSET * MINUTE;

interface Span {
  agent: string;
  start: number;
  end: number;
}

/**
 * The brute force the SQL must agree with: every local hour of the range walked one by one, the agents
 * whose span overlaps it collected in a set, the hour of the week read from the calendar.
 */
function bruteForce(sessions: Span[], shifts: Span[], cases: number[]) {
  const sums = Array.from({ length: HOURS_PER_WEEK }, () => ({
    n: 0,
    arrivals: 0,
    rostered: 0,
    signedIn: 0,
  }));
  for (let h = FROM; h < TO; h += HOUR) {
    const local = new Date(h + OFF);
    const i = ((local.getUTCDay() + 6) % 7) * 24 + local.getUTCHours();
    const overlapping = (spans: Span[]) =>
      new Set(spans.filter((s) => s.start < h + HOUR && s.end > h).map((s) => s.agent)).size;
    sums[i]!.n++;
    sums[i]!.arrivals += cases.filter((at) => at >= h && at < h + HOUR).length;
    sums[i]!.rostered += overlapping(shifts);
    sums[i]!.signedIn += overlapping(sessions);
  }
  return sums.map((s) => ({
    arrivals: s.arrivals / s.n,
    rostered: s.rostered / s.n,
    signedIn: s.signedIn / s.n,
    demandPerAgent: s.signedIn > 0 ? s.arrivals / s.signedIn : null,
  }));
}

/**
 * Two weeks in UTC+8: a night agent signed in 22:00–06:00 across midnight (one night running over the
 * Sunday-to-Monday edge of the range), a day agent 08:00–16:30 on weekdays who signs out and in again within
 * one hour (counted once), and Saturday afternoon with nobody at all. Cases arrive at local midnight edges
 * (23:59 and 00:00, which are 15:59 and 16:00 UTC), during the night shift and on Saturday afternoon.
 */
function arrange(t: FixtureDesk) {
  const night = t.agent('夜班 刘强');
  const day = t.agent('白班 王芳');
  const sessions: Span[] = [];
  const session = (agent: string, start: number, end: number) => {
    t.session(agent, start, end);
    sessions.push({ agent, start, end });
  };
  const dates = Array.from({ length: 14 }, (_, i) =>
    new Date(Date.UTC(2026, 2, 2 + i)).toISOString().slice(0, 10),
  );
  dates.forEach((date, i) => {
    const next = new Date(Date.UTC(2026, 2, 3 + i)).toISOString().slice(0, 10);
    if (i % 7 !== 5) session(night, cst(date, '22:00'), cst(next, '06:00'));
    if (i % 7 < 5) {
      session(day, cst(date, '08:00'), cst(date, '12:10'));
      session(day, cst(date, '12:40'), cst(date, '16:30'));
    }
  });
  // Began before the range: counts only from its start.
  session(night, cst('2026-03-01', '22:00'), cst('2026-03-02', '06:00'));
  const cases = [
    cst('2026-03-02', '00:00'),
    cst('2026-03-08', '23:59'),
    cst('2026-03-09', '00:00'),
    cst('2026-03-03', '02:15'),
    cst('2026-03-10', '02:45'),
    cst('2026-03-03', '12:20'),
    cst('2026-03-07', '15:00'),
    cst('2026-03-14', '15:30'),
    cst('2026-03-14', '15:31'),
    cst('2026-03-15', '23:59'),
    cst('2026-03-16', '00:00'), // after the range
    cst('2026-03-01', '23:59'), // before it
  ];
  for (const at of cases) t.caseAt(at);
  // The roster: nights every day but Saturday, days on weekdays; one extra shift on a Saturday.
  for (let weekday = 1; weekday <= 7; weekday++) {
    if (weekday !== 6) t.call('roster.addShift', { weekday, start: '22:00', end: '06:00', agentId: night });
    if (weekday <= 5) t.call('roster.addShift', { weekday, start: '08:00', end: '16:00', agentId: day });
  }
  t.call('roster.addException', {
    kind: 'extra',
    agentId: day,
    date: '2026-03-14',
    start: '14:00',
    end: '18:00',
    note: '',
  });
  const shifts: Span[] = [];
  for (let d = -1; d < 14; d++) {
    const date = new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10);
    const next = new Date(Date.UTC(2026, 2, 3 + d)).toISOString().slice(0, 10);
    const weekday = ((d % 7) + 7) % 7; // 0 = Monday
    if (weekday !== 5) shifts.push({ agent: night, start: cst(date, '22:00'), end: cst(next, '06:00') });
    if (weekday < 5 && d >= 0)
      shifts.push({ agent: day, start: cst(date, '08:00'), end: cst(date, '16:00') });
  }
  shifts.push({ agent: day, start: cst('2026-03-14', '14:00'), end: cst('2026-03-14', '18:00') });
  return { sessions, shifts, cases, night, day };
}

const report = (t: FixtureDesk, filters = {}) =>
  t.call('leadReports.coverage', { from: FROM, to: TO, granularity: 'day', utcOffsetMin: OFFSET, filters });

describe('the coverage report', () => {
  it('agrees hour by hour with a brute-force count over the range', () => {
    const t = openFixtureDesk();
    const { sessions, shifts, cases } = arrange(t);
    const r = report(t);
    expect(r.hours).toHaveLength(HOURS_PER_WEEK);
    const expected = bruteForce(sessions, shifts, cases);
    r.hours.forEach((h, i) => {
      const e = expected[i]!;
      expect([h.weekday, h.hour]).toEqual([Math.floor(i / 24) + 1, i % 24]);
      expect(h.occurrences).toBe(2);
      expect(h.arrivals).toBeCloseTo(e.arrivals);
      expect(h.rostered).toBeCloseTo(e.rostered);
      expect(h.signedIn).toBeCloseTo(e.signedIn);
      if (e.demandPerAgent === null) expect(h.demandPerAgent).toBeNull();
      else expect(h.demandPerAgent).toBeCloseTo(e.demandPerAgent);
    });
    expect(r.arrivals).toBe(10);
  });

  it('counts a night shift in the hours on both sides of midnight, and an agent once per hour', () => {
    const t = openFixtureDesk();
    arrange(t);
    const r = report(t);
    const at = (weekday: number, hour: number) => r.hours[(weekday - 1) * 24 + hour]!;
    // Monday 23:00 and Tuesday 00:00–05:00: the night agent, every week.
    expect([at(1, 23).signedIn, at(2, 0).signedIn, at(2, 5).signedIn, at(2, 6).signedIn]).toEqual([
      1, 1, 1, 0,
    ]);
    // Monday 00:00 local is Sunday 16:00 UTC: the night before the range reaches it in the first week, the
    // Sunday night of the first week in the second.
    expect(at(1, 0).signedIn).toBe(1);
    expect(at(1, 0).arrivals).toBe(1); // two Monday-midnight cases over two weeks
    expect(at(7, 23).arrivals).toBe(1);
    // Signed out 12:10 and in again 12:40: one agent in the 12:00 hour.
    expect(at(2, 12).signedIn).toBe(1);
    // 16:00–16:30 signed in but not rostered.
    expect([at(1, 16).signedIn, at(1, 16).rostered]).toEqual([1, 0]);
  });

  it('marks the hours with cases and nobody signed in or rostered, and the busiest hours', () => {
    const t = openFixtureDesk();
    arrange(t);
    const r = report(t);
    const sat15 = r.hours[5 * 24 + 15]!;
    expect(sat15).toMatchObject({
      arrivals: 1.5,
      signedIn: 0,
      rostered: 0.5,
      unstaffed: true,
      unrostered: false,
    });
    expect(sat15.demandPerAgent).toBeNull();
    expect(r.unstaffedHours).toBe(1);
    expect(r.unrosteredHours).toBe(0);
    // Every hour with cases and someone signed in has one case per agent-hour or fewer; the busiest are
    // those at the top, ties included.
    const busiest = r.hours.filter((h) => h.busiest);
    const top = Math.max(...r.hours.map((h) => h.demandPerAgent ?? 0));
    expect(busiest.length).toBe(r.busiestHours);
    expect(busiest.every((h) => h.demandPerAgent === top)).toBe(true);
  });

  it('counts only the arrivals the case filters keep; staffing stays the whole team', () => {
    const t = openFixtureDesk();
    arrange(t);
    t.caseAt(cst('2026-03-04', '03:00'), { severity: 'A' });
    const r = report(t, { severities: ['A'] });
    expect(r.arrivals).toBe(1);
    expect(r.hours[2 * 24 + 3]).toMatchObject({ arrivals: 0.5, signedIn: 1 });
  });

  it('counts each day the pattern in force then, as recorded at each change of it', () => {
    const t = openFixtureDesk();
    const { day } = arrange(t);
    // On Sunday 8 March the day agent's Monday shift is moved to 12:00–20:00, from then on.
    t.tick(cst('2026-03-08', '12:00') - t.tick(0));
    const monday = t.call('roster.get', {}).pattern.find((s) => s.weekday === 1 && s.agentId === day)!;
    t.call('roster.updateShift', { id: monday.id, weekday: 1, start: '12:00', end: '20:00', agentId: day });
    const r = report(t);
    const at = (weekday: number, hour: number) => r.hours[(weekday - 1) * 24 + hour]!.rostered;
    // The first Monday as rostered then (08:00–16:00), the second as rostered since: 08:00 on one of the two
    // Mondays, 12:00 on both, 16:00 and 19:00 on the other; Tuesday as ever.
    expect([at(1, 8), at(1, 12), at(1, 16), at(1, 19), at(2, 8)]).toEqual([0.5, 1, 0.5, 0.5, 1]);
  });
});
