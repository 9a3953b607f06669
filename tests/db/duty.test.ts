import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import { HOUR, MINUTE } from '../../core/time';
import { coverageGaps, onDuty } from '../../electron/services/duty';
import { PIN_LOCK_MS, PIN_MAX_FAILURES } from '../../electron/services/pin-check';
import { storedEvents } from './case-support';
import { cst, MON, openDutyDesk, type DutyDesk } from './duty-support';
import { outlookCase } from '../helpers/arranged-inputs';

let t: DutyDesk;

const sessions = (t: DutyDesk) =>
  t.desk.db
    .prepare(
      `SELECT agent_id AS agentId, started_at AS startedAt, ended_at AS endedAt, end_kind AS endKind,
         ended_by AS endedBy, override_reason AS overrideReason FROM duty_sessions ORDER BY started_at, id`,
    )
    .all();

function newCase(t: DutyDesk): CaseDetail {
  const customer = t.call('customers.create', { name: '上海明远贸易有限公司' });
  return t.call('cases.create', outlookCase(customer.id));
}

describe('signing in on the shared workstation', () => {
  it('signs the only agent of a fresh desk in, without a PIN', () => {
    t = openDutyDesk();
    const status = t.call('duty.status');
    expect(status.signedIn).toMatchObject({ name: '值班坐席', role: 'lead' });
    expect(status.session).toEqual({ id: expect.any(String), startedAt: t.now });
    expect(sessions(t)).toEqual([
      {
        agentId: t.desk.ctx.agentId,
        startedAt: t.now,
        endedAt: null,
        endKind: null,
        endedBy: null,
        overrideReason: null,
      },
    ]);
  });

  it('refuses a wrong or missing PIN and leaves the workstation as it was', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    const li = t.agent('李娜', { pin: '2468' });
    expect(t.fail('duty.signIn', { agentId: li.id, pin: '1357' })).toEqual({
      code: 'VALIDATION',
      message: 'wrong PIN',
      issues: [{ path: 'pin', message: 'duty.issues.pinWrong' }],
    });
    expect(t.fail('duty.signIn', { agentId: li.id }).issues).toEqual([
      { path: 'pin', message: 'duty.issues.pinRequired' },
    ]);
    expect(t.desk.ctx).toMatchObject({ agentId: me, signedIn: true });
    expect(sessions(t)).toHaveLength(1);
  });

  it('switches agents: the session ends as a switch, and every event from then on is the new agent’s', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    const li = t.agent('李娜', { pin: '2468' });
    const c = newCase(t);
    t.call('cases.addNote', { caseId: c.id, body: '值班坐席：已电话联系客户' });

    t.now += 30 * MINUTE;
    const status = t.call('duty.signIn', { agentId: li.id, pin: '2468' });
    expect(status.signedIn).toMatchObject({ id: li.id, name: '李娜', hasPin: true });
    expect(t.desk.ctx).toMatchObject({ agentId: li.id, signedIn: true });
    const note = t.call('cases.addNote', { caseId: c.id, body: '李娜：已远程协助' });
    expect(note).toMatchObject({ agentId: li.id, agentName: '李娜' });

    t.now += MINUTE;
    t.call('duty.signIn', { agentId: me });
    t.call('cases.addNote', { caseId: c.id, body: '值班坐席：客户确认恢复' });

    const notes = storedEvents(t.desk, c.id).filter((e) => e.kind === 'note');
    expect(notes.map((e) => [e.payload.body, e.agentId])).toEqual([
      ['值班坐席：已电话联系客户', me],
      ['李娜：已远程协助', li.id],
      ['值班坐席：客户确认恢复', me],
    ]);
    const start = cst(MON, '09:00');
    expect(sessions(t)).toEqual([
      {
        agentId: me,
        startedAt: start,
        endedAt: start + 30 * MINUTE,
        endKind: 'switch',
        endedBy: li.id,
        overrideReason: null,
      },
      {
        agentId: li.id,
        startedAt: start + 30 * MINUTE,
        endedAt: start + 31 * MINUTE,
        endKind: 'switch',
        endedBy: me,
        overrideReason: null,
      },
      {
        agentId: me,
        startedAt: start + 31 * MINUTE,
        endedAt: null,
        endKind: null,
        endedBy: null,
        overrideReason: null,
      },
    ]);
    // Signing in again as the agent already signed in changes nothing.
    t.call('duty.signIn', { agentId: me });
    expect(sessions(t)).toHaveLength(3);
  });

  it('refuses every write while nobody is signed in, and keeps answering reads', () => {
    t = openDutyDesk();
    const c = newCase(t);
    t.signOut();
    expect(t.desk.ctx.signedIn).toBe(false);
    expect(t.call('duty.status')).toMatchObject({ signedIn: null, session: null });

    for (const [name, input] of [
      ['cases.addNote', { caseId: c.id, body: '无人签到时的备注' }],
      ['customers.create', { name: '北京远景科技' }],
      ['drafts.save', { key: 'new-case', body: { title: 'x' } }],
      ['roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: t.desk.ctx.agentId }],
      ['duty.signOut', {}],
    ] as const) {
      expect(t.fail(name, input), name).toMatchObject({ code: 'SIGN_IN_REQUIRED' });
    }
    expect(storedEvents(t.desk, c.id).filter((e) => e.kind === 'note')).toEqual([]);

    expect(t.call('cases.get', { id: c.id }).title).toBe('客户无法登录 Outlook');
    expect(t.call('cases.list', { filters: {} }).items).toHaveLength(1);
    expect(t.call('app.info')).toMatchObject({ agent: { name: '值班坐席' } });
    t.call('settings.update', { language: 'en' });

    t.call('duty.signIn', { agentId: t.desk.ctx.agentId });
    expect(t.call('cases.addNote', { caseId: c.id, body: '重新签到后' }).agentName).toBe('值班坐席');
  });

  it('passes sign-out through the handover gate; a lead may override it with a reason', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    expect(t.fail('duty.signOut', {})).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'handover' }] });
    expect(t.desk.ctx.signedIn).toBe(true);
    expect(t.fail('duty.signOut', { override: { reason: ' ' } }).issues).toEqual([
      { path: 'override.reason', message: 'validation.required' },
    ]);

    const li = t.agent('李娜');
    t.call('duty.signIn', { agentId: li.id });
    // An agent cannot wave the gate through; the shift stays open.
    expect(t.fail('duty.signOut', { override: { reason: '下班' } })).toMatchObject({ code: 'CONFLICT' });
    expect(t.desk.ctx).toMatchObject({ agentId: li.id, signedIn: true });

    t.call('duty.signIn', { agentId: me });
    t.now += HOUR;
    const status = t.call('duty.signOut', { override: { reason: '交接班系统故障，已口头交接' } });
    expect(status.signedIn).toBeNull();
    expect(sessions(t).at(-1)).toMatchObject({
      agentId: me,
      endedAt: t.now,
      endKind: 'sign_out',
      endedBy: me,
      overrideReason: '交接班系统故障，已口头交接',
    });
    const recent = t.call('duty.sessions', { limit: 2 });
    expect(recent.map((s) => [s.agent.name, s.endKind, s.endedBy?.name])).toEqual([
      ['值班坐席', 'sign_out', '值班坐席'],
      ['李娜', 'switch', '值班坐席'],
    ]);
  });

  it('locks an agent’s sign-in after five wrong PINs in a row, for five minutes', () => {
    t = openDutyDesk();
    const li = t.agent('李娜', { pin: '2468' });
    for (let i = 1; i < PIN_MAX_FAILURES; i++) {
      expect(t.fail('duty.signIn', { agentId: li.id, pin: '0000' }).issues![0]!.message).toBe(
        'duty.issues.pinWrong',
      );
    }
    expect(t.fail('duty.signIn', { agentId: li.id, pin: '0000' }).issues![0]!.message).toBe(
      'duty.issues.pinLocked',
    );
    expect(t.fail('duty.signIn', { agentId: li.id, pin: '2468' }).issues![0]!.message).toBe(
      'duty.issues.pinLocked',
    );
    t.now += PIN_LOCK_MS;
    expect(t.call('duty.signIn', { agentId: li.id, pin: '2468' }).signedIn?.id).toBe(li.id);
  });

  it('keeps a sign-in across a restart; with several agents and nobody signed in, nobody is signed in on start', () => {
    t = openDutyDesk();
    const file = t.desk.db.name;
    const li = t.agent('李娜', { pin: '2468' });
    t.call('duty.signIn', { agentId: li.id, pin: '2468' });
    t.desk.close();

    t = openDutyDesk(file);
    expect(t.desk.ctx).toMatchObject({ agentId: li.id, signedIn: true });
    const deskAgent = t.call('agents.list', {}).find((a) => a.name === '值班坐席')!;
    const lead = t.call('duty.signIn', { agentId: deskAgent.id });
    expect(lead.signedIn?.name).toBe('值班坐席');
    t.signOut();
    t.desk.close();

    t = openDutyDesk(file);
    expect(t.desk.ctx.signedIn).toBe(false);
    expect(t.call('duty.status').signedIn).toBeNull();
    expect(t.fail('customers.create', { name: '北京远景科技' }).code).toBe('SIGN_IN_REQUIRED');
  });
});

describe('onDuty and coverageGaps, for the other services', () => {
  it('tells who is rostered, who was signed in, and who is next, at any instant', () => {
    t = openDutyDesk();
    const me = t.desk.ctx.agentId;
    const li = t.agent('李娜');
    t.call('roster.addShift', { weekday: 1, start: '08:00', end: '20:00', agentId: me });
    t.call('roster.addShift', { weekday: 1, start: '20:00', end: '08:00', agentId: li.id });
    t.now = cst(MON, '10:00');
    t.call('duty.signIn', { agentId: li.id });

    expect(onDuty(t.desk.ctx, cst(MON, '09:30'))).toEqual({
      scheduled: [{ id: me, name: '值班坐席' }],
      signedIn: { id: me, name: '值班坐席' },
      next: { agent: { id: li.id, name: '李娜' }, startsAt: cst(MON, '20:00') },
    });
    expect(onDuty(t.desk.ctx, cst(MON, '21:00'))).toMatchObject({
      scheduled: [{ id: li.id, name: '李娜' }],
      signedIn: { id: li.id, name: '李娜' },
    });
    expect(onDuty(t.desk.ctx, cst(MON, '08:59')).signedIn).toBeNull();

    expect(coverageGaps(t.desk.ctx, cst(MON, '00:00'), cst('2026-03-04', '00:00'))).toEqual([
      { start: cst(MON, '00:00'), end: cst(MON, '08:00') },
      { start: cst('2026-03-03', '08:00'), end: cst('2026-03-04', '00:00') },
    ]);
    // Hour-aligned: an instant inside an hour counts the whole hour.
    expect(coverageGaps(t.desk.ctx, cst(MON, '07:30'), cst(MON, '07:45'))).toEqual([
      { start: cst(MON, '07:00'), end: cst(MON, '08:00') },
    ]);

    const status = t.call('duty.status');
    expect(status).toMatchObject({
      now: cst(MON, '10:00'),
      scheduled: [{ id: me }],
      signedIn: { id: li.id },
      next: { agent: { id: li.id }, startsAt: cst(MON, '20:00') },
      utcOffsetMinutes: 480,
    });
  });
});
