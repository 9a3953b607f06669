import { describe, expect, it } from 'vitest';
import { JAN_2026, openTestDesk, type TestDesk } from './case-support';
import { escalationDraft, vianetAnswer } from '../helpers/arranged-inputs';

let t: TestDesk;

const DAY = 86_400_000;
const offset = -new Date(JAN_2026).getTimezoneOffset();

function escalate(caseId: string, title: string, number: string, extra: Record<string, unknown> = {}) {
  const draft = t.call('escalations.prepare', { ...escalationDraft(caseId, title), ...extra });
  t.call('escalations.submit', vianetAnswer(draft.id, number));
  return draft;
}

describe('the escalation report', () => {
  it('counts escalations per period and dimension, the share of new cases escalated, repeats and waits', () => {
    t = openTestDesk();
    const customer = t.customer();
    // Week 1: three cases, two escalated with alike titles; week 2: one case, escalated for another reason.
    const c1 = t.newCase(customer.id, 'Outlook 持续提示输入密码');
    const c2 = t.newCase(customer.id, 'Outlook 反复提示输入密码');
    t.newCase(customer.id, '发票抬头错误', { supportArea: 'accounts_billing' });
    t.tick(DAY);
    escalate(c1.id, 'Outlook 持续提示输入密码', 'SR-1');
    t.tick(DAY);
    const second = escalate(c2.id, 'Outlook 反复提示输入密码', 'SR-2');
    t.tick(7 * DAY);
    const c4 = t.newCase(customer.id, 'Power BI 报表刷新失败', {
      service: 'powerbi',
      supportArea: 'software_config',
    });
    t.tick(DAY);
    escalate(c4.id, 'Power BI 报表刷新失败', 'SR-3', {
      service: 'powerbi',
      reasons: [
        { reason: 'documentation', evidence: '世纪互联版 Power BI 网关没有相关文档。' },
        { reason: 'training', evidence: '团队没有接受过 Power BI 网关培训。' },
      ],
    });
    const partner = t.call('partnerRequests.prepare', {
      category: 'billing',
      title: '发票金额不符',
      description: '十二月发票金额比价目表高。',
      severity: 'C',
      businessImpact: '无法月结。',
      contact: '李娜',
      summaryLanguage: 'zh-CN',
    });
    t.call('partnerRequests.submit', vianetAnswer(partner.id, 'PC-9'));
    t.tick(DAY);
    t.call('escalations.update', { id: second.id, from: 'submitted', to: 'solution_given' });
    const now = t.tick(DAY);

    const report = t.call('escalationReport.get', {
      from: JAN_2026,
      to: JAN_2026 + 20 * DAY,
      granularity: 'week',
      utcOffsetMin: offset,
    });
    expect(report.periods.map((p) => [p.escalations, p.casesCreated, p.casesEscalated])).toEqual([
      [2, 3, 2],
      [1, 1, 1],
      [0, 0, 0],
    ]);
    expect(report.totals).toEqual({
      escalations: 3,
      casesCreated: 4,
      casesEscalated: 3,
      share: 0.75,
      partnerRequests: 1,
    });
    expect(report.dimensions.service.map((r) => [r.key, r.total, r.perPeriod])).toEqual([
      ['office365', 2, [2, 0, 0]],
      ['powerbi', 1, [0, 1, 0]],
    ]);
    expect(report.dimensions.reason.map((r) => [r.key, r.total])).toEqual([
      ['tools', 2],
      ['documentation', 1],
      ['training', 1],
    ]);
    expect(report.dimensions.agent).toHaveLength(1);
    expect(report.dimensions.supportArea.map((r) => r.key)).toEqual([
      'client_connectivity',
      'software_config',
    ]);
    expect(report.repeated).toMatchObject([
      { service: 'office365', count: 2, title: 'Outlook 持续提示输入密码' },
    ]);
    // Solution given: no longer waiting. The rest, the longest wait first, as of now.
    expect(report.waiting.map((w) => [w.kind, w.requestNumber, w.waitingMs])).toEqual([
      ['escalation', 'SR-1', now - (JAN_2026 + DAY)],
      ['escalation', 'SR-3', 2 * DAY],
      ['partner_request', 'PC-9', 2 * DAY],
    ]);
    expect(report.waiting[0]).toMatchObject({ caseNumber: c1.number, customerName: customer.name });
  });

  it('refuses an empty or overlong range', () => {
    t = openTestDesk();
    expect(t.fail('escalationReport.get', { from: JAN_2026, to: JAN_2026 }).issues).toEqual([
      { path: 'to', message: 'validation.reportRange' },
    ]);
    expect(t.fail('escalationReport.get', { from: 0, to: 900 * DAY }).code).toBe('VALIDATION');
  });
});
