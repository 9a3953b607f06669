import { describe, expect, it, onTestFinished } from 'vitest';
import {
  casesSearchInput,
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  type SearchHit,
  type SearchOrder,
} from '../../core/case-query';
import type { CaseStatus } from '../../core/domain';
import { caseSearch } from '../../electron/services/case-list';
import { searchCases } from '../../db/queries/search';
import { addNote, changeStatus, createCase } from '../../electron/services/cases';
import { createCustomer } from '../../electron/services/customers';
import { openDesk, type Desk } from '../../electron/services/desk';
import { tempDbPath } from '../helpers/temp-db';

/** A small bilingual desk with a clock that moves one minute per action. */
function fixtureDesk() {
  let clock = Date.UTC(2026, 10, 1, 2, 0);
  const desk = openDesk({ dbPath: tempDbPath(), version: 'test', now: () => (clock += 60_000) });
  onTestFinished(() => desk.close());
  const ctx = desk.ctx;
  const mingyuan = createCustomer(ctx, {
    name: '上海明远贸易有限公司',
    tenantDomain: 'mingyuan.partner.onmschina.cn',
  });
  const contoso = createCustomer(ctx, {
    name: 'Contoso China Ltd.',
    tenantDomain: 'contosocn.partner.onmschina.cn',
  });
  const base = {
    description: '',
    supportArea: 'client_connectivity',
    service: 'office365',
    channel: 'phone',
  } as const;
  const make = (customerId: string, title: string, severity: 'A' | 'B' | 'C' = 'C', description = '') =>
    createCase(ctx, { ...base, customer: { id: customerId }, title, severity, description });
  const outlook = make(mingyuan.id, '客户无法登录 Outlook', 'A', '桌面版持续提示输入密码');
  const teams = make(mingyuan.id, 'Teams 客户端无法连接会议', 'B');
  const invoice = make(contoso.id, 'Invoice shows duplicate Power BI licences', 'C');
  const mfa = make(contoso.id, 'How to enable MFA for all users', 'A');
  addNote(ctx, { caseId: teams.id, body: '已远程协助，清除凭据缓存后恢复正常' });
  addNote(ctx, { caseId: invoice.id, body: 'Customer confirmed the billing account was merged.' });
  const move = (id: string, from: CaseStatus, to: CaseStatus) => changeStatus(ctx, { caseId: id, from, to });
  move(mfa.id, 'new', 'in_progress');
  move(mfa.id, 'in_progress', 'resolved');
  ctx.db.prepare('UPDATE cases SET request_number = ? WHERE id = ?').run('2611010010004567', outlook.id);
  return {
    desk,
    ids: { outlook: outlook.id, teams: teams.id, invoice: invoice.id, mfa: mfa.id },
    mingyuan,
    contoso,
  };
}

const search = (desk: Desk, query: string, filters = {}, order: SearchOrder = 'relevance') =>
  caseSearch(desk.ctx, casesSearchInput.parse({ query, filters, limit: 50, order })).items;
const ids = (hits: SearchHit[]) => hits.map((h) => h.id).sort();

type CaseKey = keyof ReturnType<typeof fixtureDesk>['ids'];

/** Each rule the text search keeps, with queries and the cases each must find under it. */
const FOUND: [rule: string, queries: [query: string, cases: CaseKey[]][]][] = [
  [
    'finds Chinese text by any substring of three or more characters',
    [
      ['无法登录', ['outlook']],
      ['无法登', ['outlook']],
      ['客户端无法', ['teams']],
      ['提示输入密码', ['outlook']],
      ['没有这样的内容', []],
    ],
  ],
  [
    'finds English words case-insensitively and requires every word',
    [
      ['outlook', ['outlook']],
      ['Power BI', ['invoice']],
      ['invoice licences', ['invoice']],
      ['invoice teams', []],
    ],
  ],
  [
    'finds one- and two-character terms in every field',
    [
      ['登录', ['outlook']],
      ['会', ['teams']],
      ['明远', ['outlook', 'teams']],
      ['BI', ['invoice']],
      ['%', []],
    ],
  ],
  [
    'narrows a mixed query by its short words',
    [
      ['Teams 会议', ['teams']],
      ['Outlook 会议', []],
      ['客户 Outlook', ['outlook']],
    ],
  ],
];

describe('case search', () => {
  it.each(FOUND)('%s', (_rule, queries) => {
    const { desk, ids: c } = fixtureDesk();
    for (const [query, cases] of queries) {
      expect(ids(search(desk, query)), query).toEqual(cases.map((key) => c[key]).sort());
    }
  });

  it('searches notes, customers, tenants, the 21Vianet request number and the case number', () => {
    const { desk, ids: c } = fixtureDesk();
    const note = search(desk, '凭据缓存');
    expect(ids(note)).toEqual([c.teams]);
    expect(note[0]!.source).toBe('notes');
    expect(ids(search(desk, 'billing account'))).toEqual([c.invoice]);

    const byCustomer = search(desk, '明远贸易');
    expect(ids(byCustomer)).toEqual([c.outlook, c.teams].sort());
    expect(byCustomer.every((h) => h.source === 'customer')).toBe(true);
    expect(ids(search(desk, 'contosocn.partner'))).toEqual([c.invoice, c.mfa].sort());

    const byRequest = search(desk, '0010004567');
    expect(ids(byRequest)).toEqual([c.outlook]);
    expect(byRequest[0]!.requestNumber).toBe('2611010010004567');

    const byNumber = search(desk, 'sd-2026-000002');
    expect(byNumber[0]).toMatchObject({ id: c.teams, source: 'number' });
  });

  it('marks the match in the snippet and orders hits best match or newest first', () => {
    const { desk, ids: c } = fixtureDesk();
    const [hit] = search(desk, 'Outlook');
    expect(hit!.snippet).toContain(`${SNIPPET_OPEN}Outlook${SNIPPET_CLOSE}`);
    expect(search(desk, '登录')[0]!.snippet).toBe(`客户无法${SNIPPET_OPEN}登录${SNIPPET_CLOSE} Outlook`);
    const newest = search(desk, 'onmschina', {}, 'newest');
    expect(newest.map((h) => h.id)).toEqual([c.mfa, c.invoice, c.teams, c.outlook]);
    // The title weighs most: a title match ranks above the same word in a note.
    expect(search(desk, '客户端').map((h) => h.id)[0]).toBe(c.teams);
    expect(search(desk, 'billing').map((h) => h.source)).toEqual(['notes']);
  });

  it('orders newest first, and says so, when more cases match than are ranked', () => {
    const { desk, ids: c } = fixtureDesk();
    addNote(desk.ctx, { caseId: c.mfa, body: '客户端已更新到最新版本' });
    const q = { text: '客户端', filters: {}, limit: 50, me: desk.ctx.agentId };
    const order = (rankedMax: number) => {
      const page = searchCases(desk.db, q, { rankedMax, filterSetSure: 20_000, filterSetMax: 20_000 });
      return { ranked: page.ranked, ids: page.hits.map((h) => h.id) };
    };
    // Two match: ranked, the title match first; with room to rank only one, the newest comes first.
    expect(order(2)).toEqual({ ranked: true, ids: [c.teams, c.mfa] });
    expect(order(1)).toEqual({ ranked: false, ids: [c.mfa, c.teams] });
    const result = caseSearch(desk.ctx, casesSearchInput.parse({ query: '客户端', limit: 50 }));
    expect(result.ranked).toBe(true);
    expect(
      caseSearch(desk.ctx, casesSearchInput.parse({ query: '客户端', limit: 50, order: 'newest' })).ranked,
    ).toBe(false);
  });

  it('combines the text with filters', () => {
    const { desk, ids: c, contoso } = fixtureDesk();
    expect(ids(search(desk, 'onmschina', { severities: ['A'] }))).toEqual([c.outlook, c.mfa].sort());
    expect(ids(search(desk, 'onmschina', { severities: ['A'], statuses: ['resolved'] }))).toEqual([c.mfa]);
    expect(ids(search(desk, 'onmschina', { customerId: contoso.id, severities: ['C'] }))).toEqual([
      c.invoice,
    ]);
    expect(ids(search(desk, '凭据缓存', { statuses: ['closed'] }))).toEqual([]);
    expect(ids(search(desk, '登录', { severities: ['B'] }))).toEqual([]);
  });

  it('rejects an empty query and takes quotes and FTS operators literally', () => {
    const { desk } = fixtureDesk();
    expect(desk.dispatch('cases.search', { query: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'query', message: 'validation.required' }] },
    });
    for (const hostile of ['"Outlook', 'NEAR(a b)', 'title:abc', 'a OR b*', '-- ;']) {
      expect(desk.dispatch('cases.search', { query: hostile })).toMatchObject({ ok: true });
    }
  });
});
