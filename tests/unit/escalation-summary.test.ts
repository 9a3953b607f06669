import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../core/cases';
import {
  EXCERPT_ENTRIES,
  escalationSummary,
  formatTime,
  partnerRequestSummary,
  summaryText,
  timelineExcerpt,
} from '../../core/escalation-summary';

const at = (day: number, h: number, m = 0) => Date.UTC(2026, 0, day, h - 8, m); // Beijing time
const base = { caseId: 'c', agentId: 'a', agentName: '王芳' };
let n = 0;
const ev = <K extends CaseEvent['kind']>(
  kind: K,
  time: number,
  payload: Extract<CaseEvent, { kind: K }>['payload'],
) => ({ ...base, id: `e${++n}`, kind, at: time, payload }) as CaseEvent;

const events: CaseEvent[] = [
  ev('created', at(5, 9), { title: 'Outlook 持续提示输入密码', severity: 'B', status: 'new' }),
  ev('assigned', at(5, 9, 5), { from: null, to: { id: 'a', name: '王芳' } }),
  ev('call', at(5, 9, 10), {
    direction: 'in',
    minutes: 12,
    body: '客户来电：全部门 Outlook 反复要求输入密码。',
  }),
  ev('note', at(5, 10), { body: '清除了凭据缓存，\n问题依旧。' }),
  ev('status_changed', at(5, 10, 30), { from: 'new', to: 'in_progress' }),
  ev('reply', at(5, 11), { body: '我们正在排查，预计今天下午给您答复。' }),
];
events.push(
  ev('note_edited', at(5, 12), { noteId: events[3]!.id, body: '清除了凭据缓存并重建配置文件，问题依旧。' }),
);

const source = {
  timeZone: 'Asia/Shanghai',
  caseNumber: 'SD-2026-000042',
  customerName: '上海明远贸易有限公司',
  tenantDomain: 'mingyuan.partner.onmschina.cn',
  serviceName: 'Office 365',
  title: 'Outlook 持续提示输入密码',
  issue: '  自 1 月 5 日起，所有用户的 Outlook 桌面版持续提示输入密码。 ',
  severity: 'B' as const,
  businessImpact: '销售部 40 人无法收发邮件。',
  contact: '王晓明 13800138000',
  tried: '重置密码；重建配置文件。',
  events,
};

describe('the escalation summary', () => {
  it('gives every field of 21Vianet’s form in Chinese, trimmed, with the case facts and a timeline excerpt', () => {
    const fields = escalationSummary({ ...source, language: 'zh-CN' });
    expect(fields.map((f) => [f.key, f.label])).toEqual([
      ['title', '标题'],
      ['issue', '问题描述'],
      ['severity', '严重级别'],
      ['businessImpact', '业务影响'],
      ['contact', '联系人'],
      ['tried', '已尝试的步骤'],
      ['timeline', '处理经过（摘录）'],
    ]);
    const value = (key: string) => fields.find((f) => f.key === key)!.value;
    expect(value('issue')).toBe(
      '自 1 月 5 日起，所有用户的 Outlook 桌面版持续提示输入密码。\n\n' +
        '客户：上海明远贸易有限公司\n租户：mingyuan.partner.onmschina.cn\n服务：Office 365\n我方案例编号：SD-2026-000042',
    );
    expect(value('severity')).toBe('B 级（中等）');
    expect(value('timeline').split('\n')).toEqual([
      '2026-01-05 09:00 [创建] Outlook 持续提示输入密码',
      '2026-01-05 09:10 [来电 12 分钟] 客户来电：全部门 Outlook 反复要求输入密码。',
      // The note as last edited, on one line; assignments say nothing to 21Vianet.
      '2026-01-05 10:00 [备注] 清除了凭据缓存并重建配置文件，问题依旧。',
      '2026-01-05 10:30 [状态] 新建 → 处理中',
      '2026-01-05 11:00 [回复客户] 我们正在排查，预计今天下午给您答复。',
    ]);
  });

  it('writes the same summary in English when the agent chooses English', () => {
    const fields = escalationSummary({
      ...source,
      language: 'en',
      tenantDomain: null,
      serviceName: 'Office 365',
    });
    const value = (key: string) => fields.find((f) => f.key === key)!.value;
    expect(fields.map((f) => f.label)).toEqual([
      'Title',
      'Issue',
      'Severity',
      'Business impact',
      'Contact',
      'Steps tried',
      'Timeline (excerpt)',
    ]);
    expect(value('severity')).toBe('B (moderate)');
    expect(value('issue')).toMatch(
      /\n\nCustomer: 上海明远贸易有限公司\nService: Office 365\nOur case number: SD-2026-000042$/,
    );
    expect(value('issue')).not.toMatch(/Tenant/);
    expect(value('timeline').split('\n')[1]).toBe(
      '2026-01-05 09:10 [Incoming call, 12 min] 客户来电：全部门 Outlook 反复要求输入密码。',
    );
    expect(value('timeline')).toContain('[Status] New → In progress');
    expect(summaryText(fields)).toMatch(/^Title\nOutlook 持续提示输入密码\n\nIssue\n/);
  });

  it('keeps only the latest entries and cuts long lines', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      ev('note', at(6, 9, i), { body: `备注 ${i} ${'长'.repeat(300)}` }),
    );
    const lines = timelineExcerpt(many, 'zh-CN', 'Asia/Shanghai');
    expect(lines).toHaveLength(EXCERPT_ENTRIES);
    expect(lines[0]).toMatch(/^2026-01-06 09:04 \[备注\] 备注 4 长/);
    expect(lines.every((l) => l.endsWith('…') && [...l].length <= 17 + 200)).toBe(true);
    const bare = escalationSummary({ ...source, language: 'en', events: [], issue: ' ' });
    expect(bare.at(-1)!.value).toBe('(none)');
    expect(bare[1]!.value).toMatch(/^Customer: /);
  });

  it('formats Partner Center requests with their category in either language', () => {
    const src = {
      category: 'customer_subscription' as const,
      title: '无法为新客户添加 Azure 订阅',
      description: '添加 Azure 计划时返回错误 800002。',
      severity: 'A' as const,
      businessImpact: '客户本周无法开始迁移。',
      contact: '李娜',
    };
    expect(partnerRequestSummary({ ...src, language: 'zh-CN' }).map((f) => [f.label, f.value])).toEqual([
      ['标题', '无法为新客户添加 Azure 订阅'],
      ['问题类别', '客户和订阅管理问题'],
      ['问题描述', '添加 Azure 计划时返回错误 800002。'],
      ['严重级别', 'A 级（严重）'],
      ['业务影响', '客户本周无法开始迁移。'],
      ['联系人', '李娜'],
    ]);
    expect(partnerRequestSummary({ ...src, language: 'en' })[1]).toEqual({
      key: 'category',
      label: 'Category',
      value: 'Customer and subscription management',
    });
  });

  it('writes times in the given zone, the same way in both languages', () => {
    expect(formatTime(Date.UTC(2026, 11, 31, 16, 5), 'Asia/Shanghai')).toBe('2027-01-01 00:05');
    expect(formatTime(Date.UTC(2026, 11, 31, 16, 5), 'UTC')).toBe('2026-12-31 16:05');
  });
});
