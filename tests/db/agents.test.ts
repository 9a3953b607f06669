import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../electron/services/pin';
import { MON, openDutyDesk, type DutyDesk } from './duty-support';

let t: DutyDesk;

const pinHashes = (t: DutyDesk) =>
  t.desk.db.prepare('SELECT name, pin_hash AS pinHash FROM agents ORDER BY created_at').all() as {
    name: string;
    pinHash: string | null;
  }[];

describe('PIN hashing', () => {
  it('verifies the right PIN only, with a fresh salt every time', () => {
    const a = hashPin('2468');
    const b = hashPin('2468');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('2468');
    expect(verifyPin('2468', a)).toBe(true);
    expect(verifyPin('2468', b)).toBe(true);
    expect(verifyPin('2469', a)).toBe(false);
    expect(verifyPin('', a)).toBe(false);
    expect(verifyPin('2468', 'plain:2468')).toBe(false);
    expect(verifyPin('2468', 'scrypt$0$8$1$AAAA$AAAA')).toBe(false);
  });
});

describe('agents', () => {
  it('lists the desk agent as a profile, and keeps agents.list as it was for case assignment', () => {
    t = openDutyDesk();
    expect(t.call('agents.list', {})).toEqual([
      {
        id: t.desk.ctx.agentId,
        name: '值班坐席',
        role: 'lead',
        languages: ['zh-CN'],
        hasPin: false,
        active: true,
      },
    ]);
  });

  it('creates an agent with a PIN that is stored only as a salted hash and never returned', () => {
    t = openDutyDesk();
    const li = t.agent('李娜', { pin: '2468', languages: ['en', 'zh-CN', 'en'] });
    expect(li).toEqual({
      id: li.id,
      name: '李娜',
      role: 'agent',
      languages: ['zh-CN', 'en'],
      hasPin: true,
      active: true,
    });
    const wang = t.agent('王强', { pin: '2468' });
    const [, liRow, wangRow] = pinHashes(t);
    expect(liRow!.pinHash).toMatch(/^scrypt\$/);
    expect(liRow!.pinHash).not.toContain('2468');
    expect(liRow!.pinHash).not.toBe(wangRow!.pinHash);
    // Nothing the API answers carries the hash or the PIN.
    const everything = JSON.stringify([
      t.call('agents.list', { includeInactive: true }),
      t.call('duty.status'),
      t.call('app.info'),
      wang,
    ]);
    expect(everything).not.toContain('scrypt');
    expect(everything).not.toContain('2468');
    expect(everything).not.toMatch(/pin_?hash/i);
  });

  it('checks names, roles, languages and PIN shape, next to the field', () => {
    t = openDutyDesk();
    const issues = (input: object) =>
      t.fail('agents.create', { name: '李娜', role: 'agent', languages: ['zh-CN'], ...input }).issues;
    expect(issues({ name: '  ' })).toEqual([{ path: 'name', message: 'validation.required' }]);
    expect(issues({ role: 'boss' })).toEqual([{ path: 'role', message: 'validation.choose' }]);
    expect(issues({ languages: [] })).toEqual([{ path: 'languages', message: 'validation.choose' }]);
    expect(issues({ pin: '12a4' })).toEqual([{ path: 'pin', message: 'validation.invalid' }]);
    expect(issues({ pin: '123' })).toEqual([{ path: 'pin', message: 'validation.invalid' }]);
    t.agent('李娜');
    expect(issues({ name: '李娜' })).toEqual([{ path: 'name', message: 'duty.issues.nameTaken' }]);
  });

  it('edits an agent, and never demotes the last lead', () => {
    t = openDutyDesk();
    const li = t.agent('李娜');
    const edited = t.call('agents.update', {
      id: li.id,
      name: '李娜 (Lina)',
      role: 'lead',
      languages: ['en'],
    });
    expect(edited).toMatchObject({ name: '李娜 (Lina)', role: 'lead', languages: ['en'] });
    const me = t.desk.ctx.agentId;
    t.call('agents.update', { id: me, name: '值班坐席', role: 'agent', languages: ['zh-CN'] });
    t.call('duty.signIn', { agentId: li.id });
    const refused = t.fail('agents.update', { id: li.id, name: '李娜', role: 'agent', languages: ['en'] });
    expect(refused).toMatchObject({ code: 'CONFLICT', issues: [{ message: 'duty.issues.lastLead' }] });
  });

  it('lets only a lead manage the team', () => {
    t = openDutyDesk();
    const li = t.agent('李娜', { pin: '2468' });
    t.call('duty.signIn', { agentId: li.id, pin: '2468' });
    for (const [name, input] of [
      ['agents.create', { name: '王强', role: 'agent', languages: ['zh-CN'] }],
      ['agents.update', { id: li.id, name: '李娜', role: 'lead', languages: ['zh-CN'] }],
      ['agents.setActive', { id: li.id, active: false }],
    ] as const) {
      expect(t.fail(name, input)).toMatchObject({
        code: 'UNAUTHORIZED',
        issues: [{ message: 'duty.issues.leadOnly' }],
      });
    }
  });

  it('deactivates an agent: kept for history, out of the lists, unable to sign in', () => {
    t = openDutyDesk();
    const li = t.agent('李娜');
    const me = t.desk.ctx.agentId;
    expect(t.fail('agents.setActive', { id: me, active: false })).toMatchObject({
      code: 'CONFLICT',
      issues: [{ message: 'duty.issues.signedInAgent' }],
    });
    t.call('roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: li.id });
    expect(t.fail('agents.setActive', { id: li.id, active: false })).toMatchObject({
      issues: [{ message: 'duty.issues.onRoster' }],
    });
    const shift = t.call('roster.get').pattern[0]!;
    t.call('roster.removeShift', { id: shift.id });

    expect(t.call('agents.setActive', { id: li.id, active: false }).active).toBe(false);
    expect(t.call('agents.list', {}).map((a) => a.name)).toEqual(['值班坐席']);
    expect(t.call('agents.list', { includeInactive: true }).map((a) => [a.name, a.active])).toEqual([
      ['值班坐席', true],
      ['李娜', false],
    ]);
    expect(t.fail('duty.signIn', { agentId: li.id }).issues).toEqual([
      { path: 'agentId', message: 'duty.issues.agentInactive' },
    ]);
    // A new 李娜 may join meanwhile; the old one then cannot come back under the same name.
    t.agent('李娜');
    expect(t.fail('agents.setActive', { id: li.id, active: true }).issues).toEqual([
      { path: 'name', message: 'duty.issues.nameTaken' },
    ]);
    expect(MON).toBe('2026-03-02');
  });

  it('lets agents set their own PIN, and a lead reset anyone’s', () => {
    t = openDutyDesk();
    const li = t.agent('李娜');
    const wang = t.agent('王强', { pin: '1357' });
    t.call('duty.signIn', { agentId: li.id });
    expect(t.call('agents.setPin', { id: li.id, pin: '8642' }).hasPin).toBe(true);
    expect(t.fail('agents.setPin', { id: wang.id, pin: null })).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(t.fail('duty.signIn', { agentId: li.id, pin: '0000' }).issues).toEqual([
      { path: 'pin', message: 'duty.issues.pinWrong' },
    ]);

    const lead = t.call('agents.list', {}).find((a) => a.role === 'lead')!;
    t.call('duty.signIn', { agentId: lead.id });
    expect(t.call('agents.setPin', { id: wang.id, pin: null }).hasPin).toBe(false);
    t.call('duty.signIn', { agentId: wang.id });
    expect(t.desk.ctx.agentId).toBe(wang.id);
  });
});
