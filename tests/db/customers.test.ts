import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import type { CustomerDetail, CustomerPage } from '../../core/customers';
import type { CatalogueService } from '../../core/services-catalogue';
import { openDesk, type Desk } from '../../electron/services/desk';
import { serviceKeyFrom } from '../../electron/services/service-catalogue';
import { tempDbPath } from '../helpers/temp-db';
import { failure, value } from './case-support';
import { refreshCustomerIndex } from '../../db/search/customer-index';
import { termPhrase } from '../../db/search/tokens';

let desk: Desk;
let now = new Date(2026, 2, 1, 9, 0).getTime();
const open = () =>
  (desk = openDesk({ dbPath: tempDbPath(), version: 't', now: () => (now += 1000), log: () => {} }));
afterEach(() => desk?.close());

const call = <T>(name: string, input: unknown) => value<T>(desk.dispatch(name, input));
const create = (input: Record<string, unknown>) => call<CustomerDetail>('customers.create', input);
const get = (id: string) => call<CustomerDetail>('customers.get', { id });
const list = (input: Record<string, unknown> = {}) => call<CustomerPage>('customers.list', input);
const textIndexed = (q: string) => {
  refreshCustomerIndex(desk.db);
  return desk.db
    .prepare('SELECT count(*) FROM customer_search WHERE customer_search MATCH ?')
    .pluck()
    .get(termPhrase(q));
};

describe('customers', () => {
  it('creates a customer with its admin role and services, and reads it back whole', () => {
    open();
    const created = create({
      name: '上海明远贸易有限公司',
      tenantDomain: 'MingYuan.partner.onmschina.cn',
      partnerCustomerId: '5f1c2a9e-0d3b-4b7a-9c1e-2a6f8d4b7c01',
      adminRole: true,
      services: ['azure', 'office365'],
    });
    expect(get(created.id)).toEqual({
      ...created,
      tenantDomain: 'mingyuan.partner.onmschina.cn',
      adminRole: true,
      services: ['office365', 'azure'],
      contacts: [],
      premiumAgreement: false,
    });
  });

  it('refuses a second customer with the same tenant domain or Partner Center id, next to the field', () => {
    open();
    create({ name: 'A', tenantDomain: 'a.partner.onmschina.cn', partnerCustomerId: 'PC-1' });
    expect(
      failure(desk.dispatch('customers.create', { name: 'B', tenantDomain: 'a.partner.onmschina.cn' })),
    ).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'tenantDomain', message: 'validation.tenantTaken' }],
    });
    expect(
      failure(desk.dispatch('customers.create', { name: 'B', partnerCustomerId: 'PC-1' })),
    ).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'partnerCustomerId', message: 'customerIssues.partnerIdTaken' }],
    });
    expect(failure(desk.dispatch('customers.create', { name: 'B', services: ['nope'] })).issues).toEqual([
      { path: 'services', message: 'validation.choose' },
    ]);
    expect(desk.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
  });

  it('updates only the fields given, clears with "", replaces the services, and keeps search current', () => {
    open();
    const c = create({
      name: '北京华信',
      tenantDomain: 'huaxin.partner.onmschina.cn',
      partnerCustomerId: 'PC-9',
    });
    const renamed = call<CustomerDetail>('customers.update', {
      id: c.id,
      name: '北京华信科技股份有限公司',
      partnerCustomerId: '',
      adminRole: true,
      services: ['powerbi'],
    });
    expect(renamed).toMatchObject({
      name: '北京华信科技股份有限公司',
      tenantDomain: 'huaxin.partner.onmschina.cn',
      partnerCustomerId: null,
      adminRole: true,
      services: ['powerbi'],
    });
    expect(renamed.updatedAt).toBeGreaterThan(c.updatedAt);
    expect(call<CustomerDetail>('customers.update', { id: c.id, services: [] }).services).toEqual([]);
    expect(textIndexed('科技股份')).toBe(1);
    expect(textIndexed('PC-9')).toBe(0);
  });

  it('refuses an update onto another customer’s tenant domain or id, and an unknown customer', () => {
    open();
    create({ name: 'A', tenantDomain: 'a.partner.onmschina.cn', partnerCustomerId: 'PC-1' });
    const b = create({ name: 'B' });
    expect(
      failure(desk.dispatch('customers.update', { id: b.id, tenantDomain: 'a.partner.onmschina.cn' })).issues,
    ).toEqual([{ path: 'tenantDomain', message: 'validation.tenantTaken' }]);
    expect(
      failure(desk.dispatch('customers.update', { id: b.id, partnerCustomerId: 'PC-1' })).issues,
    ).toEqual([{ path: 'partnerCustomerId', message: 'customerIssues.partnerIdTaken' }]);
    expect(failure(desk.dispatch('customers.update', { id: b.id, name: ' ' })).issues).toEqual([
      { path: 'name', message: 'validation.required' },
    ]);
    expect(
      failure(desk.dispatch('customers.update', { id: '01900000-0000-7000-8000-000000000000', name: 'x' }))
        .code,
    ).toBe('NOT_FOUND');
    expect(get(b.id).tenantDomain).toBeNull();
  });
});

describe('contacts', () => {
  it('adds, edits and removes contacts; the customer page and search follow', () => {
    open();
    const c = create({ name: '广州南方物流' });
    let detail = call<CustomerDetail>('contacts.add', {
      customerId: c.id,
      name: '陈刚',
      email: 'chen@nanfang.cn',
      phone: '+86 20 5555 0101 转 12',
      preferredChannel: 'phone',
      language: 'zh-CN',
    });
    expect(detail.contacts).toEqual([
      expect.objectContaining({
        name: '陈刚',
        email: 'chen@nanfang.cn',
        phone: '+86 20 5555 0101 转 12',
        preferredChannel: 'phone',
        language: 'zh-CN',
      }),
    ]);
    expect(detail.updatedAt).toBeGreaterThan(c.updatedAt);
    expect(textIndexed('chen@nanfang')).toBe(1);

    detail = call<CustomerDetail>('contacts.add', { customerId: c.id, name: 'Li Na', email: '', phone: '' });
    expect(detail.contacts[1]).toMatchObject({
      name: 'Li Na',
      email: null,
      phone: null,
      preferredChannel: null,
    });

    const [first] = detail.contacts;
    detail = call<CustomerDetail>('contacts.update', {
      id: first!.id,
      name: '陈刚',
      email: 'gang@nanfang.cn',
    });
    expect(detail.contacts[0]).toMatchObject({ email: 'gang@nanfang.cn', phone: null, language: null });
    expect(textIndexed('chen@nanfang')).toBe(0);
    expect(textIndexed('gang@nanfang')).toBe(1);

    detail = call<CustomerDetail>('contacts.remove', { id: first!.id });
    expect(detail.contacts.map((k) => k.name)).toEqual(['Li Na']);
    expect(textIndexed('gang@nanfang')).toBe(0);
    expect(failure(desk.dispatch('contacts.remove', { id: first!.id })).code).toBe('NOT_FOUND');
  });

  it('reports bad e-mails, phones and choices against their fields', () => {
    open();
    const c = create({ name: 'X' });
    const error = failure(
      desk.dispatch('contacts.add', {
        customerId: c.id,
        name: '',
        email: 'not-an-email',
        phone: 'call me',
        preferredChannel: 'fax',
        language: 'fr',
      }),
    );
    expect(error.issues?.map((i) => [i.path, i.message])).toEqual([
      ['name', 'validation.required'],
      ['email', 'validation.invalid'],
      ['phone', 'validation.invalid'],
      ['preferredChannel', 'validation.choose'],
      ['language', 'validation.choose'],
    ]);
    expect(
      failure(
        desk.dispatch('contacts.add', { customerId: '01900000-0000-7000-8000-000000000000', name: 'x' }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(desk.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
  });

  it('keeps a contact that a case names (CONFLICT), so history does not lose who called', () => {
    open();
    const c = create({ name: 'Y' });
    const contact = call<CustomerDetail>('contacts.add', { customerId: c.id, name: '王' }).contacts[0]!;
    const kase = call<CaseDetail>('cases.create', {
      customer: { id: c.id },
      title: 't',
      supportArea: 'howto_faq',
      service: 'office365',
      severity: 'C',
      channel: 'phone',
    });
    desk.db.prepare('UPDATE cases SET contact_id = ? WHERE id = ?').run(contact.id, kase.id);
    expect(failure(desk.dispatch('contacts.remove', { id: contact.id })).code).toBe('CONFLICT');
    expect(get(c.id).contacts).toHaveLength(1);
  });
});

describe('customer list', () => {
  function seed() {
    open();
    const names = ['上海明远贸易', 'Contoso China', 'fabrikam', 'Adatum', '北京华信科技', 'contoso Beijing'];
    return names.map((name, i) =>
      create({ name, tenantDomain: `t${i}.partner.onmschina.cn`, partnerCustomerId: `PC-${1000 + i}` }),
    );
  }

  it('orders by name ignoring case (Chinese by code point), pages by cursor, counts on the first page', () => {
    seed();
    const first = list({ limit: 4 });
    expect(first.total).toBe(6);
    expect(first.items.map((c) => c.name)).toEqual([
      'Adatum',
      'contoso Beijing',
      'Contoso China',
      'fabrikam',
    ]);
    const second = list({ limit: 4, after: first.next });
    expect(second.total).toBeNull();
    expect(second.next).toBeNull();
    expect(second.items.map((c) => c.name)).toEqual(['上海明远贸易', '北京华信科技']);
    // A page boundary between names that differ only in case loses nothing.
    const pages = [list({ limit: 1 })];
    while (pages.at(-1)!.next) pages.push(list({ limit: 1, after: pages.at(-1)!.next }));
    expect(pages.flatMap((p) => p.items.map((c) => c.name))).toEqual(
      [...first.items, ...second.items].map((c) => c.name),
    );
  });

  it('finds by any 3+ character part of name, tenant, partner id or a contact, and by 1-2 characters', () => {
    const [mingyuan, contoso] = seed();
    call('contacts.add', { customerId: contoso!.id, name: '王晓明', phone: '13800138000' });
    const names = (query: string) => list({ query }).items.map((c) => c.name);
    expect(names('明远贸')).toEqual([mingyuan!.name]);
    expect(names('t0.partner')).toEqual([mingyuan!.name]);
    expect(names('PC-1001')).toEqual(['Contoso China']);
    expect(names('0013800')).toEqual(['Contoso China']);
    expect(names('王')).toEqual(['Contoso China']);
    expect(names('华信')).toEqual(['北京华信科技']);
    expect(names('co')).toEqual(['contoso Beijing', 'Contoso China']);
    expect(names('"; DROP')).toEqual([]);
    expect(names('100%')).toEqual([]);
    expect(list({ query: 'contoso' }).total).toBe(2);
  });

  it('shows services, contacts and open cases per customer', () => {
    open();
    const c = create({ name: 'Z', services: ['other', 'powerbi', 'office365'] });
    call('contacts.add', { customerId: c.id, name: 'A' });
    call('contacts.add', { customerId: c.id, name: 'B' });
    const caseInput = {
      customer: { id: c.id },
      title: 't',
      supportArea: 'howto_faq',
      service: 'azure',
      severity: 'C',
      channel: 'phone',
    };
    const open1 = call<CaseDetail>('cases.create', caseInput);
    call<CaseDetail>('cases.create', caseInput);
    call('cases.changeStatus', { caseId: open1.id, from: 'new', to: 'resolved' });
    // Services in catalogue order, as on the customer page.
    expect(list().items[0]).toMatchObject({
      services: ['office365', 'powerbi', 'other'],
      contactCount: 2,
      openCaseCount: 1,
    });
  });

  it('shows an empty page for an empty desk', () => {
    open();
    expect(list()).toEqual({ items: [], next: null, total: 0, sheetTemplateVersion: 1 });
  });

  it('keeps customers.search working for the pickers, now also by partner id', () => {
    const [mingyuan] = seed();
    const found = call<{ id: string }[]>('customers.search', { query: 'PC-1000' });
    expect(found.map((c) => c.id)).toEqual([mingyuan!.id]);
    expect(call<unknown[]>('customers.search', { query: '' })).toHaveLength(6);
  });
});

describe('service catalogue', () => {
  it('lists the built-in services with "other" last, and adds the desk’s own before it', () => {
    open();
    const keys = () => call<CatalogueService[]>('services.list', {}).map((s) => s.key);
    expect(keys()).toEqual(['office365', 'azure', 'dynamics365', 'powerbi', 'other']);
    const added = call<CatalogueService>('services.add', {
      nameZh: '微软 Teams 会议室',
      nameEn: 'Microsoft Teams Rooms',
    });
    expect(added).toEqual({
      key: 'microsoft-teams-rooms',
      nameZh: '微软 Teams 会议室',
      nameEn: 'Microsoft Teams Rooms',
      builtin: false,
    });
    expect(keys()).toEqual([
      'office365',
      'azure',
      'dynamics365',
      'powerbi',
      'microsoft-teams-rooms',
      'other',
    ]);
    // Usable at once for customers and cases.
    const c = create({ name: 'T', services: ['microsoft-teams-rooms'] });
    expect(get(c.id).services).toEqual(['microsoft-teams-rooms']);
  });

  it('refuses a name already in the catalogue (either language, any case) and keeps keys unique', () => {
    open();
    expect(failure(desk.dispatch('services.add', { nameZh: '新服务', nameEn: 'azure' })).issues).toEqual([
      { path: 'nameEn', message: 'customerIssues.serviceTaken' },
    ]);
    expect(failure(desk.dispatch('services.add', { nameZh: '其他', nameEn: 'Misc' })).issues).toEqual([
      { path: 'nameZh', message: 'customerIssues.serviceTaken' },
    ]);
    call('services.add', { nameZh: '安全', nameEn: 'Security+' });
    expect(call<CatalogueService>('services.add', { nameZh: '安全 2', nameEn: 'Security!' }).key).toBe(
      'security-2',
    );
  });

  it('makes keys from English names', () => {
    expect(serviceKeyFrom('Microsoft Teams Rooms')).toBe('microsoft-teams-rooms');
    expect(serviceKeyFrom('  Exchange   Online!! ')).toBe('exchange-online');
    expect(serviceKeyFrom('Café Sync')).toBe('cafe-sync');
    expect(serviceKeyFrom('中文')).toBe('service');
    expect(serviceKeyFrom('x'.repeat(50))).toHaveLength(32);
  });
});
