import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../core/sla';
import { MIN, openSlaDesk } from './sla-support';

const stricter = (firstResponseMin: number): SlaPolicy => ({
  ...DEFAULT_SLA_POLICY,
  targets: { ...DEFAULT_SLA_POLICY.targets, A: { ...DEFAULT_SLA_POLICY.targets.A, firstResponseMin } },
});

describe('cases.next_due_at and sla_state follow every write path', () => {
  it('create, reply, call, pause, resume, severity edit, resolve and reopen', () => {
    const d = openSlaDesk();
    const t0 = d.now();
    const c = d.open('A');
    // Every step: the column equals what the clocks compute from the timeline.
    const same = (state: string) => {
      expect(d.row(c.id)).toEqual({ ...d.expected(c.id), slaState: state });
    };
    expect(d.row(c.id)).toEqual({ nextDueAt: t0 + 120 * MIN, slaState: 'running' });

    d.tick(30 * MIN);
    d.call('cases.addReply', { caseId: c.id, body: '您好，我们正在处理。' });
    // First response met: next update (reply + 4 h) runs out before resolution (creation + 24 h).
    expect(d.row(c.id).nextDueAt).toBe(t0 + (30 + 240) * MIN);
    same('running');

    d.tick(60 * MIN);
    d.call('cases.logCall', { caseId: c.id, direction: 'out', minutes: 5, body: '电话确认' });
    expect(d.row(c.id).nextDueAt).toBe(t0 + (90 + 240) * MIN);

    d.tick(10 * MIN);
    d.status(c, 'waiting_customer');
    expect(d.row(c.id)).toEqual({ nextDueAt: null, slaState: 'paused' });

    d.tick(120 * MIN);
    // A note changes no clock, and leaves the columns alone.
    d.call('cases.addNote', { caseId: c.id, body: '等待客户提供日志' });
    expect(d.row(c.id)).toEqual({ nextDueAt: null, slaState: 'paused' });
    d.status(c, 'in_progress');
    // 120 paused minutes push the next update back by as much.
    expect(d.row(c.id).nextDueAt).toBe(t0 + (90 + 240 + 120) * MIN);
    same('running');

    const c2 = d.open('C', 'Power BI 报表刷新失败');
    const before = d.row(c2.id).nextDueAt!;
    d.tick(5 * MIN);
    d.call('cases.update', { caseId: c2.id, changes: { severity: 'A' }, from: { severity: 'C' } });
    expect(d.row(c2.id).nextDueAt).toBe(before - (480 - 120) * MIN);
    same('running');

    d.status(c, 'resolved');
    expect(d.row(c.id)).toEqual({ nextDueAt: null, slaState: 'done' });
    d.tick(60 * MIN);
    d.status(c, 'in_progress', '客户反馈问题复现');
    expect(d.row(c.id).slaState).toBe('running');
    same('running');
  });

  it('marks a case breached when a write finds a clock overdue, and recomputes on a policy change', () => {
    const d = openSlaDesk();
    const a = d.open('A');
    const b = d.open('B', 'Exchange 邮件流规则配置错误');
    const closed = d.open('A', '已解决的案例');
    d.tick(5 * MIN);
    d.call('cases.addReply', { caseId: closed.id, body: '已处理' });
    d.status(closed, 'resolved');
    d.tick(40 * MIN);

    const change = d.call('slaPolicy.update', { policy: stricter(30) });
    expect(change.recomputed).toBe(2);
    expect(d.call('slaPolicy.get', {})).toEqual(stricter(30));
    // The current policy applies to every open case at once: A's first response is now 30 min, so
    // the case is overdue (45 min in) and its breach recorded; B is untouched by A's targets.
    expect(d.row(a.id)).toEqual({ nextDueAt: d.now() - 15 * MIN, slaState: 'breached' });
    expect(d.breaches(a.id)).toEqual([{ clock: 'firstResponse', dueAt: d.now() - 15 * MIN }]);
    expect(d.row(b.id).nextDueAt).toBe(d.now() - 45 * MIN + 240 * MIN);
    // A finished clock keeps the outcome recorded under the policy of its time.
    expect(d.outcomes(closed.id).find((o) => o.clock === 'firstResponse')!.outcome).toBe('met');
    expect(d.breaches(closed.id)).toEqual([]);

    d.call('slaPolicy.update', { policy: DEFAULT_SLA_POLICY });
    expect(d.row(a.id)).toEqual({ nextDueAt: d.now() - 45 * MIN + 120 * MIN, slaState: 'running' });
  });

  it('refuses a policy that cannot work', () => {
    const d = openSlaDesk();
    const bad = (policy: unknown) => d.fail('slaPolicy.update', { policy }).code;
    expect(bad({ ...DEFAULT_SLA_POLICY, warnBeforeMin: [30, 30] })).toBe('VALIDATION');
    expect(bad(stricter(0))).toBe('VALIDATION');
    expect(bad({ ...DEFAULT_SLA_POLICY, pauseOn21v: undefined })).toBe('VALIDATION');
    expect(d.call('slaPolicy.get', {})).toEqual(DEFAULT_SLA_POLICY);
    const sorted = d.call('slaPolicy.update', {
      policy: { ...DEFAULT_SLA_POLICY, warnBeforeMin: [10, 120, 30] },
    });
    expect(sorted.policy.warnBeforeMin).toEqual([120, 30, 10]);
  });
});

describe('pre-breach warnings and breaches', () => {
  it('warns once per clock and offset, then records the breach once', () => {
    const d = openSlaDesk();
    const t0 = d.now();
    const c = d.open('A');
    d.tick(59 * MIN);
    expect(d.check()).toEqual([]);
    d.tick(2 * MIN);
    const [first, ...none] = d.check();
    expect(none).toEqual([]);
    expect(first).toMatchObject({
      kind: 'warning',
      caseId: c.id,
      caseNumber: c.number,
      clock: 'firstResponse',
      offsetMin: 60,
      dueAt: t0 + 120 * MIN,
      read: false,
    });
    expect(d.notified).toEqual([
      [`SLA 预警 · ${c.number}`, expect.stringContaining('首次响应将在 59 分钟后到期')],
    ]);
    // Checking again, or as often as the watch does, raises nothing new.
    d.tick(MIN);
    expect(d.check()).toEqual([]);
    d.tick(30 * MIN);
    expect(d.check().map((a) => a.offsetMin)).toEqual([30]);
    d.tick(20 * MIN);
    expect(d.check().map((a) => a.offsetMin)).toEqual([10]);
    expect(d.check()).toEqual([]);
    expect(d.breaches(c.id)).toEqual([]);

    d.tick(10 * MIN); // 122 minutes in: two past due.
    const breach = d.check();
    expect(breach).toMatchObject([{ kind: 'breach', clock: 'firstResponse', dueAt: t0 + 120 * MIN }]);
    expect(d.notified.at(-1)![0]).toBe(`SLA 已超时 · ${c.number}`);
    expect(d.breaches(c.id)).toEqual([{ clock: 'firstResponse', dueAt: t0 + 120 * MIN }]);
    expect(d.row(c.id).slaState).toBe('breached');
    expect(d.outcomes(c.id)).toEqual([
      expect.objectContaining({ clock: 'firstResponse', outcome: 'breached', at: t0 + 120 * MIN }),
    ]);
    d.tick(5 * MIN);
    expect(d.check()).toEqual([]);
    expect(d.breaches(c.id)).toHaveLength(1);
    // The timeline shows it as the case's own event.
    expect(d.get(c.id).events.filter((e) => e.kind === 'sla_breached')).toHaveLength(1);

    // The late reply finishes the clock: no second breach, and its alerts need no more attention.
    expect(d.alerts().unread).toBe(4);
    d.call('cases.addReply', { caseId: c.id, body: '抱歉久等' });
    expect(d.breaches(c.id)).toHaveLength(1);
    expect(d.alerts().unread).toBe(0);
    expect(d.row(c.id).slaState).toBe('running');
  });

  it('shows only the most urgent warning when several offsets are crossed at once', () => {
    const d = openSlaDesk();
    const c = d.open('A');
    d.tick(115 * MIN);
    expect(d.check().map((a) => [a.caseId, a.offsetMin])).toEqual([[c.id, 10]]);
    expect(d.alerts().items.map((a) => a.offsetMin)).toEqual([10]);
    d.tick(MIN);
    expect(d.check()).toEqual([]);
  });

  it('sums up several alerts raised together in one notification', () => {
    const d = openSlaDesk();
    const cases = [d.open('A', '一'), d.open('A', '二'), d.open('A', '三')];
    d.tick(61 * MIN);
    expect(d.check()).toHaveLength(3);
    expect(d.notified).toEqual([['3 条新的 SLA 提醒', cases.map((c) => `${c.number} 首次响应`).join(' · ')]]);
  });

  it('records a breach that happened while no watch ran when the next write ends the clock', () => {
    const d = openSlaDesk();
    const t0 = d.now();
    const c = d.open('A');
    d.tick(130 * MIN);
    d.call('cases.addReply', { caseId: c.id, body: '您好' });
    expect(d.breaches(c.id)).toEqual([{ clock: 'firstResponse', dueAt: t0 + 120 * MIN }]);
    // Nothing to act on any more: recorded on the timeline, but no alert.
    expect(d.alerts().items).toEqual([]);
    expect(d.check()).toEqual([]);
    expect(d.breaches(c.id)).toHaveLength(1);
  });

  it('never breaches while paused, and records met clocks for reports', () => {
    const d = openSlaDesk();
    const t0 = d.now();
    const c = d.open('A');
    d.tick(20 * MIN);
    d.status(c, 'waiting_21v');
    d.tick(300 * MIN);
    expect(d.check()).toEqual([]);
    expect(d.row(c.id)).toEqual({ nextDueAt: null, slaState: 'paused' });
    d.status(c, 'in_progress');
    expect(d.row(c.id).nextDueAt).toBe(d.now() + 100 * MIN);
    d.tick(10 * MIN);
    d.call('cases.addReply', { caseId: c.id, body: '已收到世纪互联回复' });
    d.tick(60 * MIN);
    d.call('cases.addReply', { caseId: c.id, body: '修复已生效' });
    d.status(c, 'resolved');
    expect(d.outcomes(c.id).map((o) => [o.clock, o.outcome])).toEqual([
      ['firstResponse', 'met'],
      ['resolution', 'met'],
      ['nextUpdate', 'met'],
      ['nextUpdate', 'met'],
    ]);
    expect(d.outcomes(c.id)[0]).toMatchObject({ startedAt: t0, at: t0 + 330 * MIN });
  });

  it('turns a met resolution into a breach when the reopened case runs out', () => {
    const d = openSlaDesk();
    const c = d.open('A');
    d.tick(10 * MIN);
    d.call('cases.addReply', { caseId: c.id, body: '已处理' });
    d.status(c, 'resolved');
    expect(d.outcomes(c.id).find((o) => o.clock === 'resolution')!.outcome).toBe('met');
    d.tick(60 * MIN);
    d.status(c, 'in_progress', '问题复现');
    d.call('cases.addReply', { caseId: c.id, body: '继续处理' });
    for (let i = 0; i < 7; i++) {
      d.tick(230 * MIN);
      d.call('cases.addReply', { caseId: c.id, body: `进展 ${i}` });
    }
    d.check();
    expect(d.outcomes(c.id).find((o) => o.clock === 'resolution')!.outcome).toBe('breached');
    expect(d.breaches(c.id).map((b) => b.clock)).toEqual(['resolution']);
  });
});

describe('what the watch reads', () => {
  it('only the cases with a warning or due time reached (cases.sla_check_at), never an overdue backlog', () => {
    const d = openSlaDesk();
    const t0 = d.now();
    const c = d.open('A');
    const checkAt = () => d.desk.db.prepare('SELECT sla_check_at FROM cases WHERE id = ?').pluck().get(c.id);
    expect(checkAt()).toBe(t0 + 60 * MIN);
    d.tick(61 * MIN);
    d.check();
    expect(checkAt()).toBe(t0 + 90 * MIN);
    d.tick(60 * MIN);
    d.check();
    // Breach recorded: nothing left until the resolution's first warning.
    expect(checkAt()).toBe(t0 + (24 * 60 - 60) * MIN);
    d.status(c, 'waiting_customer');
    expect(checkAt()).toBeNull();
    // A write that moves a clock into its warning window leaves the warning to the watch, due at once:
    // B's first response (4 h) becomes A's (2 h) 95 minutes in, with 25 minutes left.
    const b = d.open('B');
    d.tick(95 * MIN);
    d.call('cases.update', { caseId: b.id, changes: { severity: 'A' }, from: { severity: 'B' } });
    expect(d.desk.db.prepare('SELECT sla_check_at FROM cases WHERE id = ?').pluck().get(b.id)).toBe(d.now());
    expect(d.check().map((a) => [a.caseId, a.kind, a.offsetMin])).toEqual([[b.id, 'warning', 30]]);
    const plan = d.desk.db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM cases WHERE sla_check_at <= 1 ORDER BY sla_check_at, id')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/INDEX cases_sla_check/);
  });
});

describe('the alert area', () => {
  it('lists the last day’s alerts for open cases, newest first, and marks them read', () => {
    const d = openSlaDesk();
    const a = d.open('A', '一');
    d.tick(10 * MIN);
    const b: CaseDetail = d.open('A', '二');
    d.tick(55 * MIN);
    d.check();
    d.tick(10 * MIN);
    d.check();
    const list = d.alerts();
    expect(list.items.map((x) => x.caseId)).toEqual([b.id, a.id]);
    expect(list.unread).toBe(2);
    expect(d.call('slaAlerts.markRead', { ids: [list.items[0]!.id] }).unread).toBe(1);
    expect(d.call('slaAlerts.markRead', {}).unread).toBe(0);
    d.status(a, 'resolved');
    expect(d.alerts().items.map((x) => x.caseId)).toEqual([b.id]);
    d.tick(25 * 60 * MIN);
    expect(d.alerts().items.filter((x) => x.caseId === b.id && x.kind === 'warning')).toEqual([]);
  });
});
