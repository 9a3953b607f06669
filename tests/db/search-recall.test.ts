// Recall and precision of case search on a generated desk: every query class finds exactly what a
// substring scan of the same file finds.
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../core/case-query';
import { SEARCH_FIELDS, type SearchField } from '../../core/search-query';
import { seededRandom } from '../../electron/services/seeded-random';
import { generateDesk } from '../../scripts/bench/generate';
import { countSearch, searchCases, type SearchTuning } from '../../db/queries/search';
import { openTestDesk, type TestDesk } from './case-support';
import { readReference, scan, type ReferenceCase } from './search-reference';

const CASES = 300;
const PUNCTUATION = ['"', '*', '-', "'", '%', '_', '\\', '(', '{'];
const NOTES_WITH_PUNCTUATION = [
  '客户说 "无法发送" 邮件，错误 0x800CCC0E',
  "Outlook* 提示 'password expired' (AADSTS50076)",
  '磁盘使用率 95% ，路径 C:\\Users\\刘强\\AppData',
  'mail_flow {rule} 被拒绝 - 请检查 SPF',
  '联系 刘强 ext 12，BI 报表 50%_done',
];

/** A generated desk plus the edits an agent makes: notes with punctuation, edits, tags, contacts, renames. */
function deskWithEdits(): { t: TestDesk; reference: ReferenceCase[] } {
  const t = openTestDesk();
  generateDesk(t.desk.db, t.desk.ctx.agentId, CASES, () => undefined);
  const r = seededRandom(11);
  const ids = (t.desk.db.prepare('SELECT id FROM cases ORDER BY rowid').pluck().all() as string[]).filter(
    (_, i) => i % 7 === 0,
  );
  ids.forEach((caseId, i) => {
    const body = NOTES_WITH_PUNCTUATION[i % 5]!;
    const note = t.call('cases.addNote', { caseId, body });
    if (i % 3 === 0) {
      t.call('cases.editNote', {
        caseId,
        noteId: note.id,
        from: body,
        body: `${body} 已更新 ${i}`,
      });
    }
    t.call('cases.addTag', { caseId, tag: r.pick(['Outlook', '邮件', 'VIP', 'BI', '许可']) });
  });
  const customers = t.desk.db
    .prepare('SELECT id FROM customers ORDER BY rowid LIMIT 3')
    .pluck()
    .all() as string[];
  customers.forEach((customerId, i) =>
    t.call('contacts.add', {
      customerId,
      name: ['刘强', 'Li Na', '王小明'][i]!,
      email: `user${i}@contoso.cn`,
      phone: `010-5555 ext 1${i}`,
    }),
  );
  t.call('customers.update', { id: customers[0]!, name: 'Contoso 中国 Ltd.' });
  return { t, reference: readReference(t.desk.db) };
}

/** Every id the service finds for a query, page after page, and the count it states. */
function found(t: TestDesk, query: string) {
  const ids: string[] = [];
  let offset: number | null = 0;
  let total: number | null = null;
  while (offset !== null) {
    const page: SearchResult = t.call('cases.search', { query, limit: 200, offset, count: offset === 0 });
    if (offset === 0) total = page.total;
    ids.push(...page.items.map((h) => h.id));
    offset = page.next;
  }
  return { ids: ids.sort(), total };
}

/**
 * The same through the other side of the plan's thresholds: newest first however few match, and filters
 * joined to every match, then applied as a set of rowids (the small desk takes either way by its matches).
 */
const OTHER_SIDE: SearchTuning = { rankedMax: 0, filterSetSure: -1, filterSetMax: 0 };
/** Filters always applied as a set, however few the matches; or as a set or joined by the matches. */
const SET_SIDE: SearchTuning = { rankedMax: 0, filterSetSure: 1e9, filterSetMax: 1e9 };
const BY_MATCHES: SearchTuning = { rankedMax: 0, filterSetSure: 0, filterSetMax: 1e9 };
function foundOtherSide(t: TestDesk, text: string) {
  const q = { text, filters: {}, limit: 100_000, me: t.desk.ctx.agentId, now: t.desk.ctx.now() };
  const counted = searchCases(t.desk.db, { ...q, count: true }, OTHER_SIDE);
  // The page that counts as it reads and the count on its own agree, and so do both ways of filtering.
  expect(counted.count).toEqual(countSearch(t.desk.db, q, OTHER_SIDE));
  for (const tuning of [SET_SIDE, BY_MATCHES]) {
    const filtered = searchCases(t.desk.db, { ...q, count: true }, tuning);
    expect(filtered.hits.map((h) => h.id)).toEqual(counted.hits.map((h) => h.id));
    expect(filtered.count).toEqual(counted.count);
  }
  return { ids: counted.hits.map((h) => h.id).sort(), total: counted.count!.total };
}

const chars = (s: string) => [...s];
const CLASSES = [
  'Chinese, 1 character',
  'Chinese, 2 characters',
  'Chinese, 3+ characters',
  'English words, mixed case',
  'terms in different fields',
  'phrases',
  'exclusions',
  'OR and operators',
  'qualifiers',
  'punctuation',
  'case and request numbers',
] as const;
type QueryClass = (typeof CLASSES)[number];

/** Query generators per class, each drawing from the desk's own text so that most queries find something. */
function queryClasses(reference: ReferenceCase[]): Record<QueryClass, string[]> {
  const r = seededRandom(5);
  const values = (fields: readonly SearchField[]) =>
    reference.flatMap((c) => fields.flatMap((f) => c.fields[f]));
  const all = values(SEARCH_FIELDS);
  const hanRuns = all.flatMap((v) => v.match(/\p{Script=Han}+/gu) ?? []);
  const words = all.flatMap((v) => v.match(/[A-Za-z]{2,}/g) ?? []);
  const substring = (text: string, length: number) => {
    const c = chars(text);
    const at = Math.floor(r.next() * Math.max(1, c.length - length + 1));
    return c.slice(at, at + length).join('');
  };
  const han = (length: number) => {
    const runs = hanRuns.filter((h) => chars(h).length >= length);
    return substring(r.pick(runs), length);
  };
  const mixedCase = (w: string) =>
    chars(w)
      .map((c) => (r.next() < 0.5 ? c.toUpperCase() : c.toLowerCase()))
      .join('');
  const many = (n: number, make: () => string) => Array.from({ length: n }, make);
  const anyCase = () => r.pick(reference);
  const inField = (field: SearchField) => {
    const c = reference.filter((x) => x.fields[field].length);
    return substring(r.pick(r.pick(c).fields[field]), 2 + Math.floor(r.next() * 4));
  };
  return {
    'Chinese, 1 character': many(8, () => han(1)),
    'Chinese, 2 characters': [...many(10, () => han(2)), '邮件', '刘强', '登录', '许可'],
    'Chinese, 3+ characters': many(10, () => han(3 + Math.floor(r.next() * 4))),
    'English words, mixed case': [...many(10, () => mixedCase(r.pick(words))), 'BI', 'ext 12', 'oUTLOOK'],
    'terms in different fields': many(10, () => {
      const c = anyCase();
      return `${substring(c.fields.title[0]!, 2)} ${substring(c.fields.customer[0]!, 3)}`;
    }),
    phrases: [
      ...many(6, () => `"${substring(r.pick(all.filter((v) => v.includes(' '))), 6)}"`),
      '"Outlook"',
      '"ext 12"',
    ],
    exclusions: [
      ...many(5, () => `${han(2)} -${han(1)}`),
      '-Outlook',
      'Outlook -邮件',
      '-"ext 12" BI',
      'NOT 邮件',
    ],
    'OR and operators': ['Outlook OR 邮件', '刘强 OR BI OR VIP', 'Outlook*', 'OR', 'NOT', 'a OR', 'AND 邮件'],
    qualifiers: [
      `severity:A ${han(2)}`,
      `status:closed ${han(3)}`,
      `customer:${inField('customer')}`,
      `contact:${inField('contacts')}`,
      'tag:VIP',
      'tag:邮件 Outlook',
      'created:>2025-06-01 邮件',
      'created:2025-01-01..2025-03-31',
      'severity:Z',
      'customer:"Contoso 中国"',
    ],
    punctuation: [
      ...PUNCTUATION,
      '"无法发送"',
      '\\"',
      "'password",
      '95%',
      '50%_done',
      'C:\\Users',
      '{rule}',
      '(AADSTS50076)',
      '- 请',
      '0x800ccc0e',
    ],
    'case and request numbers': [
      ...many(4, () => anyCase().fields.number[0]!),
      ...many(4, () => substring(anyCase().fields.number[0]!, 5)),
      ...many(4, () => r.pick(values(['requests']))),
      ...many(4, () => substring(r.pick(values(['requests'])), 6)),
    ],
  };
}

describe('case search against a substring scan', () => {
  for (const name of CLASSES) {
    it(`finds exactly what the scan finds: ${name}`, () => {
      const { t, reference } = deskWithEdits();
      const queries = queryClasses(reference)[name];
      for (const query of queries) {
        const expected = scan(reference, query);
        const actual = found(t, query);
        expect({ query, ids: actual.ids }).toEqual({ query, ids: expected });
        expect({ query, total: actual.total }).toEqual({ query, total: expected.length });
        expect({ query, ...foundOtherSide(t, query) }).toEqual({
          query,
          ids: expected,
          total: expected.length,
        });
      }
    });
  }

  it('draws queries that find something, nothing, and more than a page', () => {
    const { reference } = deskWithEdits();
    const counts = Object.values(queryClasses(reference))
      .flat()
      .map((q) => scan(reference, q).length);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(counts.length / 2);
    expect(counts.some((n) => n === 0)).toBe(true);
    expect(counts.some((n) => n > 200)).toBe(true);
  });
});
