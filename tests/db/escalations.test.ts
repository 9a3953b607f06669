import { describe, expect, it } from 'vitest';
import { vianetAnswer } from '../helpers/arranged-inputs';
import type { HandoffStatus, UpdateStatus } from '../../core/escalation-status';
import type { EscalationPrepareInput } from '../../core/escalations';
import { slaForCase } from '../../electron/services/sla';
import { openTestDesk, storedEvents, type TestDesk } from './case-support';

let t: TestDesk;

function prepared(caseId: string, extra: Partial<EscalationPrepareInput> = {}): EscalationPrepareInput {
  return {
    caseId,
    tried: '重置了用户密码，重建了 Outlook 配置文件，清除了凭据缓存。',
    reasons: [{ reason: 'tools', evidence: '我们没有查看登录日志的工具，无法确认身份验证失败的原因。' }],
    service: 'office365',
    severity: 'B',
    title: 'Outlook 持续提示输入密码',
    issue: '所有用户的 Outlook 桌面版自 1 月 5 日起持续提示输入密码，网页版正常。',
    businessImpact: '销售部 40 人无法收发邮件。',
    contact: '王晓明 13800138000 wang@mingyuan.cn',
    target: 'admin_center',
    summaryLanguage: 'zh-CN',
    ...extra,
  };
}

function escalatedCase(status?: 'in_progress' | 'waiting_customer') {
  t = openTestDesk();
  const customer = t.customer();
  const c = t.newCase(customer.id);
  if (status) {
    t.call('cases.changeStatus', { caseId: c.id, from: 'new', to: 'in_progress' });
    if (status === 'waiting_customer') {
      t.call('cases.changeStatus', { caseId: c.id, from: 'in_progress', to: 'waiting_customer' });
    }
  }
  t.tick();
  const draft = t.call('escalations.prepare', prepared(c.id));
  return { customer, c, draft };
}

const submit = (id: string, requestNumber = '2601050010000123') =>
  t.call('escalations.submit', {
    id,
    requestNumber,
    vianetSeverity: 'B',
    vianetContact: '世纪互联 张工 400-089-0365',
  });

describe('preparing an escalation', () => {
  it('saves a draft with its reasons and evidence, without touching the case', () => {
    const { c, draft } = escalatedCase('in_progress');
    expect(draft).toMatchObject({
      caseId: c.id,
      status: 'draft',
      requestNumber: null,
      queuedOffline: false,
      reasons: [{ reason: 'tools', evidence: expect.stringContaining('登录日志') }],
      agentName: expect.any(String),
    });
    expect(t.get(c.id)).toMatchObject({ status: 'in_progress', requestNumber: null });
    expect(t.call('caseEscalations.get', { caseId: c.id }).escalations).toEqual([draft]);
  });

  it('asks for at least one reason, each with a sentence of evidence, next to the field', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id);
    expect(t.fail('escalations.prepare', prepared(c.id, { reasons: [] }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'reasons', message: 'validation.reasonNeeded' }],
    });
    const short = prepared(c.id, {
      reasons: [
        { reason: 'training', evidence: '没有培训过 Exchange 混合部署。' },
        { reason: 'documentation', evidence: '没文档' },
      ],
    });
    expect(t.fail('escalations.prepare', short).issues).toEqual([
      { path: 'reasons.1.evidence', message: 'validation.evidence' },
    ]);
    const twice = prepared(c.id, {
      reasons: [
        { reason: 'tools', evidence: '没有查看登录日志的工具权限。' },
        { reason: 'tools', evidence: '没有查看邮件流日志的工具权限。' },
      ],
    });
    expect(t.fail('escalations.prepare', twice).code).toBe('VALIDATION');
    expect(t.count('escalations')).toBe(0);
  });

  it('offers severity A only to customers with a premium agreement', () => {
    t = openTestDesk();
    const customer = t.customer();
    const c = t.newCase(customer.id);
    expect(t.fail('escalations.prepare', prepared(c.id, { severity: 'A' }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'severity', message: 'validation.severityNeedsPremium' }],
    });
    const detail = t.call('customers.update', { id: customer.id, premiumAgreement: true });
    expect(detail.premiumAgreement).toBe(true);
    expect(t.call('customers.get', { id: customer.id }).premiumAgreement).toBe(true);
    expect(t.call('caseEscalations.get', { caseId: c.id }).premiumAgreement).toBe(true);
    expect(t.call('escalations.prepare', prepared(c.id, { severity: 'A' })).severity).toBe('A');
  });

  it('keeps one open escalation per case: a second is a conflict, the draft is continued by id', () => {
    const { c, draft } = escalatedCase();
    expect(t.fail('escalations.prepare', prepared(c.id)).code).toBe('CONFLICT');
    t.tick();
    const continued = t.call(
      'escalations.prepare',
      prepared(c.id, {
        id: draft.id,
        offline: true,
        reasons: [
          { reason: 'training', evidence: 'No one on the desk is trained on conditional access.' },
          { reason: 'tools', evidence: 'We cannot read the sign-in logs of the tenant.' },
        ],
      }),
    );
    expect(continued).toMatchObject({ id: draft.id, queuedOffline: true });
    expect(continued.reasons.map((r) => r.reason)).toEqual(['training', 'tools']);
    // Going back online does not forget that it waited for the network.
    expect(
      t.call('escalations.prepare', prepared(c.id, { id: draft.id, offline: false })).queuedOffline,
    ).toBe(true);
  });

  it('refuses to escalate a resolved case and an unknown service', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id);
    expect(t.fail('escalations.prepare', prepared(c.id, { service: 'nope' })).issues).toEqual([
      { path: 'service', message: 'validation.choose' },
    ]);
    t.call('cases.changeStatus', { caseId: c.id, from: 'new', to: 'resolved' });
    expect(t.fail('escalations.prepare', prepared(c.id)).code).toBe('CONFLICT');
  });
});

describe('submitting and tracking an escalation', () => {
  it('records the request number on the case, waits on 21Vianet with the clocks paused, and finds it', () => {
    const { c, draft } = escalatedCase('in_progress');
    expect(slaForCase(t.desk.ctx, c.id).paused).toBe(false);
    t.tick(60_000);
    const { escalation, case: detail } = submit(draft.id);
    expect(escalation).toMatchObject({
      status: 'submitted',
      requestNumber: '2601050010000123',
      vianetSeverity: 'B',
      vianetContact: '世纪互联 张工 400-089-0365',
      submittedAt: expect.any(Number),
    });
    expect(detail).toMatchObject({ status: 'waiting_21v', requestNumber: '2601050010000123' });
    expect(storedEvents(t.desk, c.id).slice(-2)).toMatchObject([
      {
        kind: 'escalation_submitted',
        payload: { escalationId: draft.id, requestNumber: '2601050010000123', reasons: ['tools'] },
      },
      { kind: 'status_changed', payload: { from: 'in_progress', to: 'waiting_21v' } },
    ]);
    const clocks = slaForCase(t.desk.ctx, c.id);
    expect(clocks.paused).toBe(true);
    expect(clocks.resolution.state).toBe('paused');

    const found = t.call('cases.search', { query: '2601050010000123' });
    expect(found.items.map((i) => i.id)).toEqual([c.id]);
  });

  it('moves a case waiting on the customer straight to waiting on 21Vianet, with no status nobody chose', () => {
    const { c, draft } = escalatedCase('waiting_customer');
    submit(draft.id);
    expect(
      storedEvents(t.desk, c.id)
        .filter((e) => e.kind === 'status_changed')
        .map((e) => e.payload),
    ).toEqual([
      { from: 'new', to: 'in_progress' },
      { from: 'in_progress', to: 'waiting_customer' },
      { from: 'waiting_customer', to: 'waiting_21v' },
    ]);
    expect(t.get(c.id)).toMatchObject({ status: 'waiting_21v' });
    expect(slaForCase(t.desk.ctx, c.id).paused).toBe(true);
  });

  it('refuses a request number recorded already, next to the field, and a second submission', () => {
    const { draft } = escalatedCase();
    submit(draft.id, 'SR-1');
    const other = t.newCase(t.customer('北京华信').id, '另一个问题');
    const second = t.call('escalations.prepare', prepared(other.id));
    expect(t.fail('escalations.submit', vianetAnswer(second.id, 'SR-1'))).toMatchObject({
      issues: [{ path: 'requestNumber', message: 'validation.requestNumberTaken' }],
    });
    expect(t.fail('escalations.submit', vianetAnswer(draft.id, 'SR-2')).code).toBe('CONFLICT');
    expect(t.fail('escalations.submit', vianetAnswer(second.id, '#1234')).issues).toEqual([
      { path: 'requestNumber', message: 'validation.requestNumber' },
    ]);
  });

  it('tracks 21Vianet’s updates as timeline events and lets the clocks run once the ball is back', () => {
    const { c, draft } = escalatedCase('in_progress');
    submit(draft.id);
    const update = (from: HandoffStatus, to: UpdateStatus, note?: string) =>
      t.call('escalations.update', { id: draft.id, from, to, ...(note ? { note } : {}) });

    t.tick();
    expect(update('submitted', 'contacted', '张工来电确认问题').case.status).toBe('waiting_21v');
    t.tick();
    const solved = update('contacted', 'solution_given', '需在条件访问中排除旧版身份验证');
    expect(solved.case.status).toBe('in_progress');
    expect(slaForCase(t.desk.ctx, c.id).paused).toBe(false);
    t.tick();
    // The solution did not work: 21Vianet takes it up again and the case waits again.
    expect(update('solution_given', 'contacted').case.status).toBe('waiting_21v');
    expect(t.fail('escalations.update', { id: draft.id, from: 'submitted', to: 'closed' }).code).toBe(
      'CONFLICT',
    );
    t.tick();
    const closed = update('contacted', 'closed');
    expect(closed.escalation).toMatchObject({ status: 'closed', endedAt: expect.any(Number) });
    expect(closed.case.status).toBe('in_progress');
    expect(t.fail('escalations.update', { id: draft.id, from: 'closed', to: 'contacted' }).code).toBe(
      'CONFLICT',
    );
    expect(
      storedEvents(t.desk, c.id)
        .filter((e) => e.kind === 'escalation_updated')
        .map((e) => [e.payload.to, e.payload.note ?? null]),
    ).toEqual([
      ['contacted', '张工来电确认问题'],
      ['solution_given', '需在条件访问中排除旧版身份验证'],
      ['contacted', null],
      ['closed', null],
    ]);
    // A closed escalation frees the case for another one.
    expect(t.call('escalations.prepare', prepared(c.id)).status).toBe('draft');
  });

  it('discards a draft without a trace, but never a submitted request', () => {
    const { c, draft } = escalatedCase();
    const before = storedEvents(t.desk, c.id).length;
    expect(t.call('escalations.discard', { id: draft.id })).toEqual({ discarded: true });
    expect(t.count('escalations')).toBe(0);
    expect(t.count('escalation_reasons')).toBe(0);
    expect(storedEvents(t.desk, c.id)).toHaveLength(before);
    const again = t.call('escalations.prepare', prepared(c.id));
    submit(again.id);
    expect(t.fail('escalations.discard', { id: again.id }).code).toBe('CONFLICT');
    expect(t.call('escalations.list', {})).toMatchObject([
      { id: again.id, caseNumber: expect.stringMatching(/^SD-/), customerName: '上海明远贸易有限公司' },
    ]);
    t.call('escalations.update', { id: again.id, from: 'submitted', to: 'withdrawn' });
    expect(t.call('escalations.list', { filter: 'open' })).toEqual([]);
    expect(t.call('escalations.list', { filter: 'all' })).toHaveLength(1);
    expect(t.get(c.id).status).toBe('in_progress');
  });
});

describe('the offline queue', () => {
  it('holds every draft of either kind, the oldest first, until it is submitted or discarded', () => {
    t = openTestDesk();
    const c1 = t.newCase(t.customer().id, '邮件延迟');
    const c2 = t.newCase(t.customer('北京华信').id, 'Teams 会议无法加入');
    const e1 = t.call('escalations.prepare', prepared(c1.id, { offline: true }));
    t.tick();
    const p = t.call('partnerRequests.prepare', {
      category: 'billing',
      title: '十二月发票金额不符',
      description: '发票金额比价目表高 12%。',
      severity: 'C',
      businessImpact: '无法完成月结。',
      contact: '李娜 lina@reseller.cn',
      summaryLanguage: 'zh-CN',
      offline: true,
    });
    t.tick();
    const e2 = t.call('escalations.prepare', prepared(c2.id));
    const queue = () => t.call('handoffQueue.list', {});
    expect(queue().map((q) => [q.kind, q.id, q.queuedOffline])).toEqual([
      ['escalation', e1.id, true],
      ['partner_request', p.id, true],
      ['escalation', e2.id, false],
    ]);
    expect(queue()[0]).toMatchObject({ caseId: c1.id, caseNumber: c1.number, title: e1.title });
    submit(e1.id);
    t.call('escalations.discard', { id: e2.id });
    expect(queue().map((q) => q.id)).toEqual([p.id]);
  });
});

describe('case detail after escalation', () => {
  it('lists the timeline events with the other case events', () => {
    const { c, draft } = escalatedCase();
    submit(draft.id);
    const detail = t.call('cases.get', { id: c.id });
    expect(detail.events.map((e) => e.kind)).toEqual(['created', 'escalation_submitted', 'status_changed']);
  });
});
