import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCsv } from '../../core/csv-encoding';
import {
  IMPORT_CHUNK_CHARS,
  type ImportOutcome,
  type ImportPreview,
  type ImportProgress,
  type ImportSession,
} from '../../core/customer-import';
import type { CustomerDetail, CustomerPage } from '../../core/customers';
import { importCustomersCsv } from '../../electron/services/customer-import';
import { openDesk, type Desk } from '../../electron/services/desk';
import { tempDbPath } from '../helpers/temp-db';
import { failure, value } from './case-support';

let desk: Desk;
const open = () => (desk = openDesk({ dbPath: tempDbPath(), version: 't', log: () => {} }));
afterEach(() => desk?.close());

const call = <T>(name: string, input: unknown) => value<T>(desk.dispatch(name, input));
const count = (table: string) => desk.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const fixture = (name: string) =>
  decodeCsv(new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../fixtures', name))));

/** Stages `text` through the contract in pieces of `size` characters, as the renderer does. */
function stage(
  text: string,
  size = IMPORT_CHUNK_CHARS,
): { importId: string; preview: ImportPreview; steps: ImportProgress[] } {
  const { importId } = call<ImportSession>('customers.importStart', {});
  const steps: ImportProgress[] = [];
  for (let at = 0; ; at += size) {
    const final = at + size >= text.length;
    steps.push(
      call<ImportProgress>('customers.importStage', { importId, text: text.slice(at, at + size), final }),
    );
    if (final) break;
  }
  return { importId, preview: steps.at(-1)!.preview!, steps };
}
const commit = (importId: string) => call<ImportOutcome>('customers.importCommit', { importId });
const customers = () => call<CustomerPage>('customers.list', { limit: 200 }).items;
const detail = (id: string) => call<CustomerDetail>('customers.get', { id });
const byName = (name: string) => {
  const found = customers().find((c) => c.name === name);
  if (!found) throw new Error(`no customer ${name}`);
  return detail(found.id);
};
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const HEADER =
  'name,tenant_domain,partner_customer_id,services,contact_name,contact_email,contact_phone,admin_role';

describe('customer import: the GBK file a Chinese spreadsheet saves', () => {
  it('previews, reports the bad row with its row number, merges the duplicate, writes only on commit', () => {
    open();
    const { text, encoding } = fixture('customers-import.gbk.csv');
    expect(encoding).toBe('gbk');
    const { importId, preview } = stage(text);

    expect(preview).toMatchObject({
      rows: 5,
      errorRows: 1,
      creates: 3,
      updates: 0,
      mergedRows: 1,
      contacts: 4,
    });
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'tenantDomain',
      'partnerCustomerId',
      'services',
      'contactName',
      'contactEmail',
      'contactPhone',
      'adminRole',
    ]);
    expect(preview.issues).toEqual([
      {
        row: 4,
        field: 'tenantDomain',
        column: '租户域名',
        code: 'domain',
        params: { value: 'nanfang_logistics' },
      },
    ]);
    expect(preview.customers[0]).toMatchObject({
      action: 'create',
      name: '上海明远贸易有限公司',
      services: ['office365', 'azure', 'dynamics365'],
      adminRole: true,
      contacts: 2,
      rows: [2, 6],
    });
    expect(count('customers')).toBe(0);

    expect(commit(importId)).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      contactsAdded: 4,
      rowsImported: 4,
      rowsSkipped: 1,
    });
    const mingyuan = byName('上海明远贸易有限公司');
    expect(mingyuan).toMatchObject({
      tenantDomain: 'mingyuan.partner.onmschina.cn',
      partnerCustomerId: '5f1c2a9e-0d3b-4b7a-9c1e-2a6f8d4b7c01',
      adminRole: true,
      services: ['office365', 'azure', 'dynamics365'],
    });
    expect(mingyuan.contacts.map((c) => [c.name, c.email, c.phone])).toEqual([
      ['王晓明', 'wang@mingyuan.cn', '+86 21 5555 0101'],
      ['张伟', 'zhang@mingyuan.cn', null],
    ]);
    expect(byName('杭州西湖文化传媒有限公司，"西湖"分部').services).toEqual(['powerbi']);
    expect(byName('北京华信科技股份有限公司').adminRole).toBe(false);
    // Imported customers are searchable at once, contacts included.
    expect(
      call<CustomerPage>('customers.list', { query: 'zhang@mingyuan' }).items.map((c) => c.name),
    ).toEqual(['上海明远贸易有限公司']);
    expect(count('customer_search_dirty')).toBe(0);
  });

  it('the same file read as UTF-8 by mistake is a different, mostly broken file — never a crash', () => {
    open();
    const bytes = new Uint8Array(
      readFileSync(path.resolve(import.meta.dirname, '../fixtures/customers-import.gbk.csv')),
    );
    const { preview } = stage(decodeCsv(bytes, 'utf-8').text);
    expect(preview.issues[0]).toMatchObject({ row: 1, code: 'missingColumn', field: 'name' });
    expect(preview.errorRows).toBe(preview.rows);
  });
});

describe('customer import: UTF-8 with a BOM, English headers', () => {
  it('merges rows by Partner Center id, later values win, a contact is not doubled', () => {
    open();
    const { text, bom } = fixture('customers-import.utf8-bom.csv');
    expect(bom).toBe(true);
    const { importId, preview } = stage(text);
    expect(preview).toMatchObject({ rows: 4, errorRows: 1, creates: 2, mergedRows: 1 });
    expect(preview.issues).toEqual([
      {
        row: 4,
        field: 'services',
        column: 'services',
        code: 'unknownService',
        params: { value: 'Exchange Online' },
      },
    ]);
    commit(importId);
    const contoso = byName('Contoso China Ltd. (Beijing)');
    expect(contoso).toMatchObject({
      tenantDomain: 'contosocn.partner.onmschina.cn',
      partnerCustomerId: '8c3e1f7a-5b2d-4e9c-a1f0-3d7b9e2c4a10',
      adminRole: true,
      services: ['office365', 'azure'],
    });
    expect(contoso.contacts.map((c) => [c.name, c.email, c.phone])).toEqual([
      ['Wei Zhang', 'wei.zhang@contoso.cn', '+86 10 5555 0199'],
    ]);
    expect(byName('Fabrikam Shanghai')).toMatchObject({ services: ['azure', 'powerbi'], adminRole: false });
    expect(byName('Fabrikam Shanghai').contacts[0]!.name).toBe('Li, Na');
  });
});

describe('customer import against the case log', () => {
  function existing() {
    const a = call<CustomerDetail>('customers.create', {
      name: '上海明远',
      tenantDomain: 'mingyuan.partner.onmschina.cn',
      services: ['office365'],
    });
    const b = call<CustomerDetail>('customers.create', { name: 'Contoso', partnerCustomerId: 'PC-7' });
    call('contacts.add', { customerId: a.id, name: '王晓明', email: 'Wang@MingYuan.cn' });
    return { a, b };
  }

  it('updates the customer a tenant domain or Partner Center id names instead of adding a duplicate', () => {
    open();
    const { a, b } = existing();
    const { importId, preview } = stage(
      csv(
        HEADER,
        '上海明远贸易有限公司,MINGYUAN.partner.onmschina.cn,PC-1,Azure,王晓明,wang@mingyuan.cn,,是',
        ',,PC-7,Power BI,Chen,chen@contoso.cn,,',
        'New Co,new.partner.onmschina.cn,,,,,,',
      ),
    );
    expect(preview).toMatchObject({ rows: 3, errorRows: 0, creates: 1, updates: 2, mergedRows: 0 });
    expect(preview.customers.map((c) => [c.action, c.existingName, c.name])).toEqual([
      ['update', '上海明远', '上海明远贸易有限公司'],
      ['update', 'Contoso', 'Contoso'],
      ['create', null, 'New Co'],
    ]);
    expect(commit(importId)).toMatchObject({ created: 1, updated: 2, unchanged: 0, contactsAdded: 1 });
    expect(count('customers')).toBe(3);
    expect(detail(a.id)).toMatchObject({
      name: '上海明远贸易有限公司',
      partnerCustomerId: 'PC-1',
      adminRole: true,
      services: ['office365', 'azure'],
    });
    // The same person (e-mail in another case) is not added again.
    expect(detail(a.id).contacts).toHaveLength(1);
    expect(detail(b.id)).toMatchObject({ name: 'Contoso', services: ['powerbi'] });
    expect(detail(b.id).contacts.map((c) => c.email)).toEqual(['chen@contoso.cn']);
    expect(call<CustomerPage>('customers.list', { query: 'chen@contoso' }).items.map((c) => c.id)).toEqual([
      b.id,
    ]);
    expect(call<CustomerPage>('customers.list', { query: '明远贸易有限' }).items.map((c) => c.id)).toEqual([
      a.id,
    ]);
  });

  it('importing the same file twice changes nothing the second time', () => {
    open();
    const { text } = fixture('customers-import.gbk.csv');
    commit(stage(text).importId);
    const before = desk.db.prepare('SELECT * FROM customers ORDER BY id').all();
    const again = stage(text);
    expect(again.preview).toMatchObject({ creates: 0, updates: 3, errorRows: 1 });
    expect(commit(again.importId)).toMatchObject({ created: 0, updated: 0, unchanged: 3, contactsAdded: 0 });
    expect(desk.db.prepare('SELECT * FROM customers ORDER BY id').all()).toEqual(before);
    expect(count('contacts')).toBe(4);
  });

  it('refuses a row whose tenant domain and id name two different customers, in the file or the case log', () => {
    open();
    existing();
    const { preview } = stage(
      csv(
        HEADER,
        'X,mingyuan.partner.onmschina.cn,PC-7,,,,,',
        'Y,y.partner.onmschina.cn,PC-100,,,,,',
        'Y2,y2.partner.onmschina.cn,PC-100,,,,,',
        'Z,y.partner.onmschina.cn,,,,,,',
      ),
    );
    expect(preview.issues).toEqual([
      {
        row: 2,
        field: 'partnerCustomerId',
        column: 'partner_customer_id',
        code: 'conflictExisting',
        params: { value: 'PC-7', name: 'Contoso' },
      },
      {
        row: 4,
        field: 'tenantDomain',
        column: 'tenant_domain',
        code: 'conflictRow',
        params: { value: 'y2.partner.onmschina.cn', row: 3 },
      },
    ]);
    expect(preview).toMatchObject({ rows: 4, errorRows: 2, creates: 1, mergedRows: 1 });
    expect(preview.customers[0]).toMatchObject({ name: 'Z', rows: [3, 5] });
  });

  it('lets a row without a name add to a customer it names, and refuses it otherwise', () => {
    open();
    const { a } = existing();
    const { importId, preview } = stage(
      csv(
        HEADER,
        ',mingyuan.partner.onmschina.cn,,,李娜,lina@mingyuan.cn,,',
        ',nobody.partner.onmschina.cn,,,,,,',
        ',,,,,,,',
      ),
    );
    expect(preview.rows).toBe(2);
    expect(preview.issues).toEqual([{ row: 3, field: 'name', column: 'name', code: 'required' }]);
    commit(importId);
    expect(detail(a.id).name).toBe('上海明远');
    expect(detail(a.id).contacts.map((c) => c.name)).toEqual(['王晓明', '李娜']);
  });

  it('writes nothing if the case log changed the preview’s assumptions meanwhile (CONFLICT)', () => {
    open();
    const { importId, preview } = stage(csv(HEADER, 'Late Co,late.partner.onmschina.cn,,,,,,'));
    expect(preview.creates).toBe(1);
    call('customers.create', { name: 'Someone else', tenantDomain: 'late.partner.onmschina.cn' });
    expect(failure(desk.dispatch('customers.importCommit', { importId })).code).toBe('CONFLICT');
    expect(count('customers')).toBe(1);
    // Staged again, the row now updates the customer that appeared.
    const again = stage(csv(HEADER, 'Late Co,late.partner.onmschina.cn,,,,,,'));
    expect(again.preview).toMatchObject({ creates: 0, updates: 1 });
  });
});

describe('customer import: staging, cancel and errors', () => {
  it('cancel forgets the rows: nothing written, and the import is gone', () => {
    open();
    const { importId } = stage(fixture('customers-import.gbk.csv').text);
    expect(call('customers.importCancel', { importId })).toEqual({ cancelled: true });
    expect(count('customers') + count('contacts') + count('customer_services')).toBe(0);
    expect(failure(desk.dispatch('customers.importCommit', { importId })).code).toBe('NOT_FOUND');
    expect(call('customers.importCancel', { importId })).toEqual({ cancelled: false });
  });

  it('gives the same preview whatever the piece size, and real progress on the way', () => {
    open();
    const text = csv(
      HEADER,
      '"Multi\r\nline Co",m.partner.onmschina.cn,,"Azure;\r\nOffice 365",,,,',
      ...Array.from({ length: 40 }, (_, i) => `Co ${i},c${i}.partner.onmschina.cn,,,,,,`),
    );
    const whole = stage(text).preview;
    const pieces = stage(text, 97);
    expect(pieces.preview).toEqual(whole);
    const counts = pieces.steps.map((s) => s.rows);
    expect(counts.length).toBeGreaterThan(10);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    expect(counts.at(-1)).toBe(41);
    expect(whole.customers[0]).toMatchObject({ name: 'Multi\r\nline Co', services: ['azure', 'office365'] });
  });

  it('reports every problem of a row with the spreadsheet row number, counting multi-line records once', () => {
    open();
    const { importId, preview } = stage(
      csv(
        'Name,Tenant Domain,Services,Contact,E-mail,Phone,Admin,Channel,Language',
        '"Two\nlines",a.partner.onmschina.cn,,,,,,,',
        'Bad,not a domain,Azure;Teams,,x@y.cn,call me,maybe,fax,fr',
        'Quote "inside,b.partner.onmschina.cn,,,,,,,',
        `${'长'.repeat(201)},c.partner.onmschina.cn,,,,,,,`,
        'Extra,d.partner.onmschina.cn,,,,,,,,surplus',
        'Fine,e.partner.onmschina.cn,,Ann,ANN@E.CN,+86 (21) 5555-0101 ext 9,Y,E-mail,English',
      ),
    );
    const byRow = (row: number) =>
      preview.issues.filter((i) => i.row === row).map((i) => [i.field, i.code, i.params?.value]);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([
      ['tenantDomain', 'domain', 'not a domain'],
      ['services', 'unknownService', 'Teams'],
      ['adminRole', 'adminRole', 'maybe'],
      ['contactName', 'contactName', undefined],
    ]);
    expect(byRow(4)).toEqual([[null, 'csvQuote', undefined]]);
    expect(byRow(5)).toEqual([['name', 'tooLong', undefined]]);
    expect(byRow(6)).toEqual([[null, 'tooManyFields', undefined]]);
    expect(preview).toMatchObject({ rows: 6, errorRows: 4, creates: 2 });
    commit(importId);
    expect(byName('Fine').contacts[0]).toMatchObject({
      name: 'Ann',
      email: 'ANN@E.CN',
      phone: '+86 (21) 5555-0101 ext 9',
      preferredChannel: 'email',
      language: 'en',
    });
    expect(byName('Fine').adminRole).toBe(true);
  });

  it('names the row of an unclosed quote and reads the rows after it', () => {
    open();
    const { importId, preview } = stage(
      csv(HEADER, '"Never closed,a.partner.onmschina.cn', 'x'.repeat(70_000), 'After,b.partner.onmschina.cn'),
      4_096,
    );
    expect(preview.issues.map((i) => [i.row, i.field, i.code])).toEqual([[2, null, 'csvTooLong']]);
    commit(importId);
    expect(customers().map((c) => c.name)).toContain('After');
  });

  it('checks a contact’s e-mail, phone, channel and language', () => {
    open();
    const { preview } = stage(
      csv(
        '客户名称,联系人,邮箱,电话,首选渠道,语言',
        '甲,王,wang@,12ab,传真,法语',
        '乙,李,li@yi.cn,010-5555 0101,电话,中文',
      ),
    );
    expect(preview.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, '邮箱', 'email'],
      [2, '电话', 'phone'],
      [2, '首选渠道', 'channel'],
      [2, '语言', 'language'],
    ]);
  });

  it('says so when the name column is missing or a column appears twice, and then imports nothing', () => {
    open();
    const missing = stage(csv('tenant_domain,email', 'a.partner.onmschina.cn,x@y.cn'));
    expect(missing.preview.issues).toEqual([{ row: 1, field: 'name', column: null, code: 'missingColumn' }]);
    expect(missing.preview).toMatchObject({ rows: 1, errorRows: 1, creates: 0 });
    expect(failure(desk.dispatch('customers.importCommit', { importId: missing.importId })).issues).toEqual([
      { path: 'importId', message: 'customerIssues.nothingToImport' },
    ]);
    const twice = stage(csv('客户名称,name', 'a,b'));
    expect(twice.preview.issues).toEqual([
      { row: 1, field: 'name', column: 'name', code: 'duplicateColumn' },
    ]);
    expect(stage('').preview.issues).toEqual([{ row: 1, field: null, column: null, code: 'empty' }]);
    expect(count('customers')).toBe(0);
  });

  it('ignores blank lines and unknown columns, and says which columns it ignored', () => {
    open();
    const { preview } = stage('\r\n名称,备注,租户\r\n\r\nA,随便,a.partner.onmschina.cn\r\n,,\r\n');
    expect(preview.columns).toEqual([
      { header: '名称', field: 'name' },
      { header: '备注', field: null },
      { header: '租户', field: 'tenantDomain' },
    ]);
    expect(preview).toMatchObject({ rows: 1, errorRows: 0, creates: 1 });
  });

  it('refuses to read on after the last piece, and to commit before it', () => {
    open();
    const { importId } = call<ImportSession>('customers.importStart', {});
    call('customers.importStage', { importId, text: 'name\r\nA\r\n', final: false });
    expect(failure(desk.dispatch('customers.importCommit', { importId })).code).toBe('CONFLICT');
    call('customers.importStage', { importId, text: '', final: true });
    expect(failure(desk.dispatch('customers.importStage', { importId, text: 'B', final: true })).code).toBe(
      'CONFLICT',
    );
    expect(
      failure(
        desk.dispatch('customers.importStage', {
          importId,
          text: 'x'.repeat(IMPORT_CHUNK_CHARS + 1),
          final: true,
        }),
      ).issues,
    ).toEqual([{ path: 'text', message: 'validation.tooLong' }]);
  });
});

describe('importCustomersCsv (the benchmark’s path)', () => {
  it('imports a generated file of 2,000 rows through stage and commit, in pieces', () => {
    open();
    const lines = [HEADER];
    for (let i = 0; i < 2000; i++) {
      lines.push(
        `客户 ${i},t${i}.partner.onmschina.cn,${i % 10 === 0 ? '' : `PC-${i}`},Office 365,联系人 ${i},c${i}@x.cn,,${i % 2 ? '是' : '否'}`,
      );
    }
    // Every 100th row repeats an earlier tenant: merged, not duplicated.
    for (let i = 0; i < 2000; i += 100) lines.push(`客户 ${i} 新名,t${i}.partner.onmschina.cn,,Azure,,,,`);
    const text = lines.join('\n').repeat(1);
    const { preview, outcome } = importCustomersCsv(desk.ctx, text);
    expect(preview).toMatchObject({ rows: 2020, errorRows: 0, creates: 2000, mergedRows: 20 });
    expect(outcome).toMatchObject({ created: 2000, contactsAdded: 2000, rowsImported: 2020 });
    expect(count('customers')).toBe(2000);
    expect(byName('客户 100 新名').services).toEqual(['office365', 'azure']);
    expect(desk.db.prepare('SELECT count(*) FROM customer_search').pluck().get()).toBe(2000);
  });
});
