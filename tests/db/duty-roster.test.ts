import { describe, expect, it } from 'vitest';
import type { CoverageView } from '../../core/duty';
import { DAY, HOUR } from '../../core/time';
import { cst, MON, openDutyDesk, type DutyDesk } from './duty-support';

let t: DutyDesk;

const TUE = '2026-03-03';
const WED = '2026-03-04';

function threeShiftsEveryDay(t: DutyDesk, agents: [string, string, string]) {
  for (let weekday = 1; weekday <= 7; weekday++) {
    t.call('roster.addShift', { weekday, start: '00:00', end: '08:00', agentId: agents[0] });
    t.call('roster.addShift', { weekday, start: '08:00', end: '16:00', agentId: agents[1] });
    t.call('roster.addShift', { weekday, start: '16:00', end: '00:00', agentId: agents[2] });
  }
}

describe('the roster', () => {
  it('adds, edits and removes weekly shifts, in weekday and time order', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    t.call('roster.addShift', { weekday: 3, start: '22:00', end: '06:00', agentId: me });
    let roster = t.call('roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: me });
    expect(roster.pattern.map((s) => [s.weekday, s.start, s.end])).toEqual([
      [1, '08:00', '16:00'],
      [3, '22:00', '06:00'],
    ]);
    expect(roster.utcOffsetMinutes).toBe(480);
    const [monday] = roster.pattern;
    roster = t.call('roster.updateShift', { ...monday!, start: '09:00', end: '24:00' });
    expect(roster.pattern[0]).toMatchObject({ id: monday!.id, start: '09:00', end: '24:00' });
    roster = t.call('roster.removeShift', { id: monday!.id });
    expect(roster.pattern).toHaveLength(1);
    expect(t.fail('roster.removeShift', { id: monday!.id }).code).toBe('NOT_FOUND');
  });

  it('says what is wrong with a shift, next to the field', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    const issues = (input: object) =>
      t.fail('roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: me, ...input }).issues;
    expect(issues({ start: '8:00' })).toEqual([{ path: 'start', message: 'validation.invalid' }]);
    expect(issues({ end: '25:00' })).toEqual([{ path: 'end', message: 'validation.invalid' }]);
    expect(issues({ weekday: 0 })).toEqual([{ path: 'weekday', message: 'validation.choose' }]);
    expect(issues({ end: '08:00' })).toEqual([{ path: 'end', message: 'duty.issues.sameTime' }]);
    expect(issues({ start: '24:00', end: '06:00' })).toEqual([
      { path: 'start', message: 'duty.issues.sameTime' },
    ]);
    expect(issues({ agentId: '0190a000-0000-7000-8000-000000000000' })).toEqual([
      { path: 'agentId', message: 'duty.issues.agentInactive' },
    ]);
    t.call('roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: me });
    expect(issues({})).toEqual([{ path: 'agentId', message: 'duty.issues.duplicate' }]);
  });

  it('keeps leave, swaps and extra shifts from today on, and checks them', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    const li = t.agent('李娜');
    t.call('roster.addException', { kind: 'leave', agentId: me, fromDate: TUE, toDate: WED, note: '年假' });
    t.call('roster.addException', { kind: 'swap', agentId: me, coverAgentId: li.id, date: MON });
    const roster = t.call('roster.addException', {
      kind: 'extra',
      agentId: li.id,
      date: WED,
      start: '20:00',
      end: '08:00',
    });
    expect(roster.exceptions.map((e) => e.kind)).toEqual(['swap', 'leave', 'extra']);
    expect(roster.exceptions[1]).toMatchObject({ kind: 'leave', fromDate: TUE, toDate: WED, note: '年假' });
    expect(roster.exceptions[2]).toMatchObject({
      kind: 'extra',
      date: WED,
      start: '20:00',
      end: '08:00',
      note: '',
    });

    const issues = (input: object) => t.fail('roster.addException', input).issues;
    expect(issues({ kind: 'leave', agentId: me, fromDate: WED, toDate: TUE })).toEqual([
      { path: 'toDate', message: 'duty.issues.dateOrder' },
    ]);
    expect(issues({ kind: 'leave', agentId: me, fromDate: '2026-02-30', toDate: WED })).toEqual([
      { path: 'fromDate', message: 'validation.invalid' },
    ]);
    expect(issues({ kind: 'leave', agentId: me, fromDate: MON, toDate: '2027-03-05' })).toEqual([
      { path: 'toDate', message: 'duty.issues.leaveTooLong' },
    ]);
    expect(issues({ kind: 'swap', agentId: me, coverAgentId: me, date: MON })).toEqual([
      { path: 'coverAgentId', message: 'duty.issues.sameAgent' },
    ]);
    expect(issues({ kind: 'extra', agentId: me, date: MON, start: '08:00', end: '08:00' })).toEqual([
      { path: 'end', message: 'duty.issues.sameTime' },
    ]);

    // Yesterday's exceptions no longer show.
    t.now = cst('2026-03-05', '09:00');
    expect(t.call('roster.get').exceptions.map((e) => e.kind)).toEqual([]);
    t.now = cst(WED, '09:00');
    const left = t.call('roster.get').exceptions;
    expect(left.map((e) => e.kind)).toEqual(['leave', 'extra']);
    expect(t.call('roster.removeException', { id: left[0]!.id }).exceptions.map((e) => e.kind)).toEqual([
      'extra',
    ]);
  });

  it('lets only a signed-in lead change it', () => {
    t = openDutyDesk();
    const li = t.agent('李娜');
    t.call('duty.signIn', { agentId: li.id });
    expect(
      t.fail('roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: li.id }),
    ).toMatchObject({
      code: 'UNAUTHORIZED',
      issues: [{ message: 'duty.issues.leadOnly' }],
    });
    expect(t.fail('roster.setUtcOffset', { utcOffsetMinutes: 0 }).code).toBe('UNAUTHORIZED');
    expect(t.call('roster.get').pattern).toEqual([]);
  });
});

describe('coverage', () => {
  it('marks every hour of the next 30 days as a gap while nobody is rostered', () => {
    t = openDutyDesk();
    const view = t.call('roster.coverage', {});
    expect(view.from).toBe(cst(MON, '00:00'));
    expect(view.to).toBe(cst(MON, '00:00') + 30 * DAY);
    expect(view.days).toHaveLength(30);
    expect(view.days[0]).toBe(MON);
    expect(view.days[29]).toBe('2026-03-31');
    expect(view.hours).toHaveLength(720);
    expect(view.hours.every((h) => h.covered === 'none')).toBe(true);
    // Gaps are counted from the current hour on.
    expect(view.gaps).toEqual([{ start: cst(MON, '09:00'), end: view.to }]);
  });

  it('has no gap with three shifts a day; leave opens one, a swap closes it, an extra shift fills another', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    const li = t.agent('李娜');
    const wang = t.agent('王强');
    threeShiftsEveryDay(t, [wang.id, me, li.id]);
    let view = t.call('roster.coverage', {});
    expect(view.gaps).toEqual([]);
    expect(view.agents.map((a) => a.name).sort()).toEqual(['值班坐席', '李娜', '王强'].sort());
    const hourAt = (v: CoverageView, date: string, hhmm: string) =>
      v.hours.find((h) => h.start === cst(date, hhmm))!;
    expect(hourAt(view, TUE, '10:00').agentIds).toEqual([me]);

    t.call('roster.addException', { kind: 'leave', agentId: li.id, fromDate: TUE, toDate: TUE });
    view = t.call('roster.coverage', {});
    expect(view.gaps).toEqual([{ start: cst(TUE, '16:00'), end: cst(WED, '00:00') }]);
    expect(hourAt(view, TUE, '17:00')).toMatchObject({ covered: 'none', agentIds: [] });

    t.call('roster.addException', { kind: 'swap', agentId: li.id, coverAgentId: wang.id, date: TUE });
    expect(t.call('roster.coverage', {}).gaps).toEqual([]);

    const shift = t.call('roster.get').pattern.find((s) => s.weekday === 4 && s.start === '00:00')!;
    t.call('roster.removeShift', { id: shift.id });
    // The weekly pattern now misses every Thursday night; an extra shift fills this week's.
    expect(t.call('roster.coverage', {}).gaps).toEqual(
      ['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26'].map((d) => ({
        start: cst(d, '00:00'),
        end: cst(d, '08:00'),
      })),
    );
    t.call('roster.addException', { kind: 'extra', agentId: me, date: WED, start: '23:00', end: '08:00' });
    view = t.call('roster.coverage', { days: 7 });
    expect(view.gaps).toEqual([]);
    expect(view.hours).toHaveLength(7 * 24);
  });

  it('moves with the workstation’s UTC offset', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    t.call('roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: me });
    expect(t.call('duty.status').scheduled).toEqual([{ id: me, name: '值班坐席' }]);
    // At UTC+00:00, 09:00 CST is 01:00 on Monday: nobody rostered.
    expect(t.call('roster.setUtcOffset', { utcOffsetMinutes: 0 }).utcOffsetMinutes).toBe(0);
    const status = t.call('duty.status');
    expect(status.scheduled).toEqual([]);
    expect(status.next?.startsAt).toBe(cst(MON, '16:00'));
    expect(t.fail('roster.setUtcOffset', { utcOffsetMinutes: 485 }).issues).toEqual([
      { path: 'utcOffsetMinutes', message: 'validation.invalid' },
    ]);
    expect(HOUR).toBe(3_600_000);
  });
});
