import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../core/agents';
import type { CaseDetail, CaseEvent } from '../../core/cases';
import type { Customer } from '../../core/customers';
import type { DutyStatus } from '../../core/duty';
import type { Result } from '../../core/errors';
import { ipcChannel } from '../../core/api';
import { outlookCase } from '../helpers/arranged-inputs';
import { fakeEvent, post, withEnv } from './support';

const ok = <T>(result: { json: Result<unknown> } | Result<unknown>): T => {
  const r = 'json' in result ? result.json : result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

describe('each terminal has its own sign-in', () => {
  it('two browser tabs are two agents: one writes as A while the other signs in as B', async () => {
    await withEnv(async ({ desk, host }) => {
      const tab = (id: string) => (name: string, input: unknown) => post(host, name, input, id);
      const [one, two] = [tab('tab-one'), tab('tab-two')];
      const lead = ok<DutyStatus>(await one('duty.status', {})).signedIn!;
      const li = ok<AgentProfile>(
        await one('agents.create', { name: '李娜', role: 'agent', languages: ['zh-CN'], pin: '2468' }),
      );
      const customer = ok<Customer>(await one('customers.create', { name: '上海明远贸易有限公司' }));
      const c = ok<CaseDetail>(await one('cases.create', outlookCase(customer.id)));

      // A new tab of a desk with several agents starts signed out, and the first tab stays signed in.
      expect(ok<DutyStatus>(await two('duty.status', {})).signedIn).toBeNull();
      expect(ok<DutyStatus>(await two('duty.signIn', { agentId: li.id, pin: '2468' })).signedIn?.id).toBe(
        li.id,
      );
      expect(ok<DutyStatus>(await one('duty.status', {})).signedIn?.id).toBe(lead.id);

      const byLead = ok<CaseEvent>(await one('cases.addNote', { caseId: c.id, body: '已电话联系客户' }));
      const byLi = ok<CaseEvent>(await two('cases.addNote', { caseId: c.id, body: '已远程协助' }));
      expect([byLead.agentId, byLi.agentId]).toEqual([lead.id, li.id]);

      // Both shifts are open, each at its own terminal; signing out in one tab leaves the other on duty.
      const open = desk.db.prepare(
        'SELECT agent_id FROM duty_sessions WHERE ended_at IS NULL ORDER BY agent_id',
      );
      expect(open.pluck().all().sort()).toEqual([lead.id, li.id].sort());
      ok(await one('duty.signOut', { override: { reason: '测试：无交接班' } }));
      expect((await one('cases.addNote', { caseId: c.id, body: 'x' })).json).toMatchObject({
        ok: false,
        error: { code: 'SIGN_IN_REQUIRED' },
      });
      expect(ok<CaseEvent>(await two('cases.addNote', { caseId: c.id, body: '客户确认恢复' })).agentId).toBe(
        li.id,
      );
    });
  });

  it('an app window is a terminal of its own, and so is a request that names none', async () => {
    await withEnv(async ({ desk, ipc }) => {
      const li = desk.ctx.agentId; // the default terminal is signed in as the desk's only agent
      const inWindow = (id: number, name: string, input: unknown) =>
        ipc.get(ipcChannel(name))!(fakeEvent({ url: 'shiftdesk://app/index.html', parent: null }, id), input);
      const other = ok<AgentProfile>(
        desk.dispatch('agents.create', { name: '王强', role: 'agent', languages: ['zh-CN'] }),
      );
      expect(ok<DutyStatus>((await inWindow(7, 'duty.status', {})) as Result<unknown>).signedIn).toBeNull();
      ok((await inWindow(7, 'duty.signIn', { agentId: other.id })) as Result<unknown>);
      expect(ok<DutyStatus>((await inWindow(7, 'duty.status', {})) as Result<unknown>).signedIn?.id).toBe(
        other.id,
      );
      expect(desk.ctx).toMatchObject({ agentId: li, signedIn: true });

      // A window opened while the first is open starts signed out; once the first closes, the next carries on.
      expect(ok<DutyStatus>((await inWindow(8, 'duty.status', {})) as Result<unknown>).signedIn).toBeNull();
      desk.leave('window:7');
      expect(ok<DutyStatus>((await inWindow(9, 'duty.status', {})) as Result<unknown>).signedIn?.id).toBe(
        other.id,
      );
    });
  });

  it('refuses a malformed terminal id', async () => {
    await withEnv(async ({ host }) => {
      expect((await post(host, 'duty.status', {}, 'not a tab/..')).status).toBe(400);
    });
  });
});
