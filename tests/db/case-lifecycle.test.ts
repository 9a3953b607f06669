import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../db/ids';
import { insertAgent } from '../../db/queries/agents';
import { openTestDesk, storedEvents, type TestDesk } from './case-support';

let t: TestDesk;

describe('owner', () => {
  it('assigns, hands over and unassigns, one `assigned` event each with the names of the time', () => {
    t = openTestDesk();
    const me = t.desk.ctx.agentId;
    insertAgent(t.desk.db, { id: uuidv7(), name: '李娜', role: 'agent', createdAt: 1 });
    const agents = t.call('agents.list', {});
    expect(agents.map((a) => a.name).sort()).toEqual(['值班坐席', '李娜'].sort());

    const c = t.newCase(t.customer().id);
    expect(c.owner).toBeNull();
    t.tick();
    const mine = t.call('cases.assign', { caseId: c.id, ownerId: me, from: null });
    expect(mine.owner).toEqual({ id: me, name: '值班坐席' });

    // A stale view of the owner is a conflict, not a silent overwrite.
    expect(t.fail('cases.assign', { caseId: c.id, ownerId: null, from: null }).code).toBe('CONFLICT');

    const lisId = agents.find((a) => a.name === '李娜')!.id;
    const handed = t.call('cases.assign', { caseId: c.id, ownerId: lisId, from: me });
    expect(handed.owner?.name).toBe('李娜');
    const none = t.call('cases.assign', { caseId: c.id, ownerId: null, from: lisId });
    expect(none.owner).toBeNull();
    // Assigning to the current owner records nothing.
    t.call('cases.assign', { caseId: c.id, ownerId: null, from: null });

    const assigned = storedEvents(t.desk, c.id).filter((e) => e.kind === 'assigned');
    expect(assigned.map((e) => e.payload)).toEqual([
      { from: null, to: { id: me, name: '值班坐席' } },
      { from: { id: me, name: '值班坐席' }, to: { id: lisId, name: '李娜' } },
      { from: { id: lisId, name: '李娜' }, to: null },
    ]);
    for (const e of assigned) expect(e.agentId).toBe(me);

    // The list's "mine" filter sees the owner column.
    t.call('cases.assign', { caseId: c.id, ownerId: me, from: null });
    const list = t.call('cases.list', { filters: { owner: 'me' } });
    expect(list.items.map((i) => i.id)).toEqual([c.id]);
  });

  it('refuses an agent that does not exist, next to the field', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id);
    const error = t.fail('cases.assign', {
      caseId: c.id,
      ownerId: '01900000-0000-7000-8000-000000000000',
      from: null,
    });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'ownerId' }] });
    expect(t.get(c.id).owner).toBeNull();
  });
});

describe('field edits', () => {
  it('records one `field_changed` event per changed field, with from and to', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id, '客户无法登录 Outlook');
    const at = t.tick(60_000);
    const edited = t.call('cases.update', {
      caseId: c.id,
      changes: {
        title: '客户无法登录 Outlook 桌面版',
        severity: 'A',
        channel: 'phone', // unchanged: no event
        description: '仅桌面版受影响',
        supportArea: 'software_config',
        service: 'azure',
      },
      from: { title: c.title, severity: 'B', channel: 'phone', description: '', supportArea: c.supportArea },
    });
    expect(edited).toMatchObject({
      title: '客户无法登录 Outlook 桌面版',
      severity: 'A',
      description: '仅桌面版受影响',
      supportArea: 'software_config',
      service: 'azure',
      updatedAt: at,
    });
    const changes = storedEvents(t.desk, c.id).filter((e) => e.kind === 'field_changed');
    expect(changes.map((e) => e.payload)).toEqual([
      { field: 'title', from: '客户无法登录 Outlook', to: '客户无法登录 Outlook 桌面版' },
      { field: 'description', from: '', to: '仅桌面版受影响' },
      { field: 'supportArea', from: 'client_connectivity', to: 'software_config' },
      { field: 'service', from: 'office365', to: 'azure' },
      { field: 'severity', from: 'B', to: 'A' },
    ]);
    expect(changes.every((e) => e.at === at && e.agentId === t.desk.ctx.agentId)).toBe(true);

    // Search follows the new title.
    const found = t.call('cases.search', { query: '桌面版' });
    expect(found.items.map((i) => i.id)).toEqual([c.id]);
  });

  it('refuses a stale edit, an unknown service and an empty title, changing nothing', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id);
    const before = t.count('case_events');
    expect(
      t.fail('cases.update', { caseId: c.id, changes: { title: 'X1' }, from: { title: 'not what it is' } })
        .code,
    ).toBe('CONFLICT');
    expect(t.fail('cases.update', { caseId: c.id, changes: { service: 'nope' }, from: {} })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'service', message: 'validation.choose' }],
    });
    expect(t.fail('cases.update', { caseId: c.id, changes: { title: '  ' }, from: {} })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'changes.title', message: 'validation.required' }],
    });
    // A conflict on the second field rolls back the first.
    expect(
      t.fail('cases.update', {
        caseId: c.id,
        changes: { title: 'New title', severity: 'A' },
        from: { title: c.title, severity: 'C' },
      }).code,
    ).toBe('CONFLICT');
    expect(t.get(c.id).title).toBe(c.title);
    expect(t.count('case_events')).toBe(before);
  });
});

describe('status lifecycle', () => {
  it('walks new → in progress → waiting on customer → waiting on 21Vianet → resolved → closed → reopened', () => {
    t = openTestDesk();
    let c = t.newCase(t.customer().id);
    const walk = [
      ['in_progress'],
      ['waiting_customer'],
      ['in_progress'],
      ['waiting_21v'],
      ['resolved'],
      ['closed'],
      ['in_progress', '客户回电：问题再次出现'],
    ] as const;
    for (const [to, reason] of walk) {
      t.tick();
      c = t.call('cases.changeStatus', {
        caseId: c.id,
        from: c.status,
        to,
        ...(reason ? { reason } : {}),
      });
      expect(c.status).toBe(to);
    }
    const statuses = storedEvents(t.desk, c.id).filter((e) => e.kind === 'status_changed');
    expect(statuses.map((e) => e.payload.to)).toEqual(walk.map(([to]) => to));
    expect(statuses.at(-1)!.payload).toEqual({
      from: 'closed',
      to: 'in_progress',
      reason: '客户回电：问题再次出现',
    });
  });
});
