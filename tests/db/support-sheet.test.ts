import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY } from '../../core/sla';
import { DEFAULT_SHEET_BODIES } from '../../core/support-sheet-default';
import { sheetFilterWhere } from '../../db/queries/support-sheet';
import { openTestDesk, type TestDesk } from './case-support';

const bodies = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function customerWithContact(t: TestDesk, name: string, tenant = 'mingyuan') {
  const customer = t.call('customers.create', {
    name,
    tenantDomain: `${tenant}.partner.onmschina.cn`,
    services: ['office365', 'azure'],
  });
  const detail = t.call('contacts.add', {
    customerId: customer.id,
    name: '李娜',
    email: 'li.na@mingyuan.cn',
    preferredChannel: 'email',
    language: 'en',
  });
  return { customer, contact: detail.contacts[0]! };
}

describe('support process sheet template', () => {
  it('ships in both languages at version 1, every placeholder known', () => {
    const t = openTestDesk();
    const template = t.call('supportSheetTemplate.get', {});
    expect(template.version).toBe(1);
    expect(template.bodies).toEqual(DEFAULT_SHEET_BODIES);
    expect(template.updatedBy).toBeNull();
    // The shipped text passes the same check as one the desk writes.
    expect(t.call('supportSheetTemplate.save', { version: 1, bodies: template.bodies }).version).toBe(2);
  });

  it('goes up one version on every save, with who saved it', () => {
    const t = openTestDesk();
    const saved = t.call('supportSheetTemplate.save', {
      version: 1,
      bodies: bodies('客户：{customer}', 'Customer: {customer}'),
    });
    expect(saved).toMatchObject({ version: 2, updatedBy: { id: t.desk.ctx.agentId } });
    t.tick();
    expect(t.call('supportSheetTemplate.save', { version: 2, bodies: saved.bodies }).version).toBe(3);
    expect(t.call('supportSheetTemplate.get', {}).version).toBe(3);
  });

  it('refuses an unknown placeholder under its language, saving nothing', () => {
    const t = openTestDesk();
    const refused = t.fail('supportSheetTemplate.save', {
      version: 1,
      bodies: bodies('客户：{customer}', 'Hello {customer_name}'),
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues).toEqual([{ path: 'bodies.en', message: 'validation.unknownPlaceholder' }]);
    expect(t.call('supportSheetTemplate.get', {})).toMatchObject({
      version: 1,
      bodies: DEFAULT_SHEET_BODIES,
    });
  });

  it('refuses a save over a newer version than the one edited', () => {
    const t = openTestDesk();
    t.call('supportSheetTemplate.save', { version: 1, bodies: bodies('一', 'one') });
    expect(t.fail('supportSheetTemplate.save', { version: 1, bodies: bodies('二', 'two') }).code).toBe(
      'CONFLICT',
    );
    expect(t.call('supportSheetTemplate.get', {}).bodies.en).toBe('one');
  });
});

describe("a customer's sheet", () => {
  it('is filled with the customer, its contacts and services, and the SLA targets of the policy now', () => {
    const t = openTestDesk();
    const { customer } = customerWithContact(t, '上海明远贸易有限公司');
    const policy = structuredClone(DEFAULT_SLA_POLICY);
    policy.targets.A.firstResponseMin = 90;
    policy.targets.B.firstResponseMin = 180;
    policy.targets.C.resolutionMin = 7 * 24 * 60;
    t.call('slaPolicy.update', { policy });

    const sheet = t.call('supportSheet.get', { customerId: customer.id });
    expect(sheet).toMatchObject({ customerName: '上海明远贸易有限公司', language: 'en', state: 'never' });
    const en = sheet.bodies.en;
    expect(en).toContain('**Customer:** 上海明远贸易有限公司');
    expect(en).toContain('mingyuan.partner.onmschina.cn');
    expect(en).toContain('- Office 365');
    expect(en).toContain('**李娜** · li.na@mingyuan.cn · prefers E-mail');
    expect(en).toContain('| A (critical) | Critical business impact');
    expect(en).toMatch(/\| A [^\n]*\| 1 hour 30 minutes \| 4 hours \| 1 day \|/);
    expect(en).toMatch(/\| B [^\n]*\| 3 hours \| 8 hours \| 3 days \|/);
    expect(en).toMatch(/\| C [^\n]*\| 8 hours \| 1 day \| 7 days \|/);
    expect(en).toContain('version 1 · 2026-01-05');
    const zh = sheet.bodies['zh-CN'];
    expect(zh).toMatch(/\| A 级（严重） [^\n]*\| 1 小时 30 分钟 \| 4 小时 \| 1 天 \|/);
    expect(zh).toContain('支持流程说明第 1 版');
    expect(zh).not.toMatch(/\{[a-z_]+\}/);
  });

  it('shows customer text as typed, not as Markdown', () => {
    const t = openTestDesk();
    const customer = t.customer('A|B *Trading* [Ltd]');
    t.call('supportSheetTemplate.save', {
      version: 1,
      bodies: bodies('{customer}', '{customer} {contacts}'),
    });
    const sheet = t.call('supportSheet.get', { customerId: customer.id });
    expect(sheet.bodies.en).toBe('A\\|B \\*Trading\\* \\[Ltd\\] (no contacts recorded yet)');
    expect(sheet.language).toBeNull();
  });
});

describe('marking the sheet sent', () => {
  it('keeps the date, contact, channel and version; a newer template makes it outdated', () => {
    const t = openTestDesk();
    const { customer, contact } = customerWithContact(t, '北京云帆科技有限公司');
    t.tick(60_000);
    const status = t.call('supportSheet.markSent', {
      customerId: customer.id,
      templateVersion: 1,
      sentOn: '2026-01-05',
      contactId: contact.id,
      channel: 'email',
    });
    expect(status).toMatchObject({
      state: 'current',
      templateVersion: 1,
      lastSend: {
        templateVersion: 1,
        contact: { id: contact.id, name: '李娜' },
        channel: 'email',
        recordedBy: { id: t.desk.ctx.agentId },
      },
    });
    expect(status.lastSend!.sentAt).toBe(status.lastSend!.recordedAt);

    t.call('supportSheetTemplate.save', { version: 1, bodies: DEFAULT_SHEET_BODIES });
    expect(t.call('supportSheet.get', { customerId: customer.id })).toMatchObject({
      state: 'outdated',
      templateVersion: 2,
      lastSend: { templateVersion: 1 },
    });
  });

  it('refuses a day after today, a version not yet saved and another customer’s contact', () => {
    const t = openTestDesk();
    const { customer } = customerWithContact(t, '北京云帆科技有限公司');
    const other = customerWithContact(t, '深圳海川物流有限公司', 'haichuan');
    const base = { customerId: customer.id, templateVersion: 1, contactId: null, channel: 'phone' as const };
    expect(t.fail('supportSheet.markSent', { ...base, sentOn: '2026-01-06' }).issues).toEqual([
      { path: 'sentOn', message: 'supportSheet.send.future' },
    ]);
    expect(t.fail('supportSheet.markSent', { ...base, sentOn: '2026-01-05', templateVersion: 2 }).code).toBe(
      'VALIDATION',
    );
    expect(
      t.fail('supportSheet.markSent', { ...base, sentOn: '2026-01-05', contactId: other.contact.id }).issues,
    ).toEqual([{ path: 'contactId', message: 'validation.choose' }]);
    expect(t.count('support_sheet_sends')).toBe(0);
    // An earlier day is that day, without a contact.
    const earlier = t.call('supportSheet.markSent', { ...base, sentOn: '2026-01-02' });
    expect(earlier.lastSend).toMatchObject({ contact: null, sentAt: Date.UTC(2026, 0, 1, 16) });
  });
});

describe('the customer list filter', () => {
  it('finds the customers never sent the sheet and those sent an older version', () => {
    const t = openTestDesk();
    const never = t.customer('A 从未发送');
    const older = t.customer('B 旧版');
    const current = t.customer('C 当前');
    const send = (customerId: string, templateVersion: number) =>
      t.call('supportSheet.markSent', {
        customerId,
        templateVersion,
        sentOn: '2026-01-05',
        contactId: null,
        channel: 'email',
      });
    send(older.id, 1);
    t.call('supportSheetTemplate.save', { version: 1, bodies: DEFAULT_SHEET_BODIES });
    send(current.id, 1);
    send(current.id, 2);
    const names = (sheet?: 'due' | 'never' | 'outdated') =>
      t.call('customers.list', { sheet }).items.map((c) => c.name);

    expect(names('never')).toEqual([never.name]);
    expect(names('outdated')).toEqual([older.name]);
    expect(names('due')).toEqual([never.name, older.name]);
    expect(names()).toHaveLength(3);
    const page = t.call('customers.list', { sheet: 'due', query: '旧版' });
    expect(page).toMatchObject({ total: 1, sheetTemplateVersion: 2 });
    expect(page.items[0]!.sheetVersion).toBe(1);
  });

  it('reads the sends by customer through their index', () => {
    const t = openTestDesk();
    for (const filter of ['never', 'outdated', 'due'] as const) {
      const plan = (
        t.desk.db
          .prepare(`EXPLAIN QUERY PLAN SELECT id FROM customers c WHERE ${sheetFilterWhere(filter)}`)
          .all() as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n');
      expect(plan).toContain('USING COVERING INDEX support_sheet_sends_customer (customer_id=?)');
      expect(plan).not.toMatch(/SCAN s\b/);
    }
  });
});
