// Recall and precision of knowledge-base search on a generated knowledge base: every query class finds
// exactly what a substring scan of the same file finds, in both languages, from one character up.
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_QUALIFIERS,
  ARTICLE_SEARCH_FIELDS,
  type ArticleSearchField,
} from '../../core/article-search';
import { parseSearch, type SearchTerm } from '../../core/search-query';
import { containsText } from '../../core/search-text';
import { seededRandom } from '../../electron/services/seeded-random';
import { generateArticles } from '../../scripts/bench/articles';
import { openTestDesk, type TestDesk } from './case-support';

type Fields = Record<ArticleSearchField, string[]>;
const chars = (s: string) => [...s];

function knowledgeBase() {
  const t = openTestDesk();
  generateArticles(t.desk.db, t.desk.ctx.agentId, 300);
  // Edits through the service: the index follows them.
  const first = t.call('articles.list', { limit: 3 }).items;
  for (const [i, a] of first.entries()) {
    t.call('articles.save', {
      id: a.id,
      versions: {
        ...a.versions,
        en: { title: `Edited "quota" 95%_done ${i}`, body: 'C:\\Users\\刘强 {rule}' },
      },
      kind: a.kind,
      audience: a.audience,
      supportArea: a.supportArea,
      service: a.service,
      tags: ['重新编辑'],
      reviewDays: a.reviewDays,
    });
  }
  const rows = t.desk.db
    .prepare('SELECT id, title_zh, body_zh, title_en, body_en, tags FROM articles')
    .all() as Record<string, string>[];
  const reference = rows.map((r) => ({
    id: r.id!,
    fields: {
      title: [r.title_zh!, r.title_en!].filter(Boolean),
      body: [r.body_zh!, r.body_en!].filter(Boolean),
      tags: JSON.parse(r.tags!) as string[],
    } satisfies Fields,
  }));
  return { t, reference };
}

function scan(reference: { id: string; fields: Fields }[], query: string): string[] {
  const parsed = parseSearch<ArticleSearchField>(query, {
    utcOffsetMinutes: 480,
    textQualifiers: ARTICLE_QUALIFIERS,
  });
  const has = (f: Fields, term: SearchTerm<ArticleSearchField>) =>
    (term.fields ?? ARTICLE_SEARCH_FIELDS).some((k) => f[k].some((v) => containsText(v, term.text)));
  // `tag:` is a filter for cases; for articles it is a term in the tags.
  const clauses = parsed.filters.tag
    ? [...parsed.clauses, { any: [{ text: parsed.filters.tag, fields: ['tags' as const] }], negated: false }]
    : parsed.clauses;
  return reference
    .filter((a) => clauses.every((c) => c.any.some((term) => has(a.fields, term)) !== c.negated))
    .map((a) => a.id)
    .sort();
}

function found(t: TestDesk, text: string) {
  const ids: string[] = [];
  let total: number;
  for (let offset = 0; ; offset += 200) {
    const page = t.call('articles.list', { text, limit: 200, offset });
    total = page.total;
    ids.push(...page.items.map((i) => i.id));
    if (page.items.length < 200) break;
  }
  return { ids: ids.sort(), total };
}

function queries(reference: { fields: Fields }[]) {
  const r = seededRandom(3);
  const all = reference.flatMap((a) => ARTICLE_SEARCH_FIELDS.flatMap((f) => a.fields[f]));
  const han = all.flatMap((v) => v.match(/\p{Script=Han}+/gu) ?? []);
  const words = all.flatMap((v) => v.match(/[A-Za-z]{2,}/g) ?? []);
  const piece = (length: number) => {
    const c = chars(r.pick(han.filter((h) => chars(h).length >= length)));
    const at = Math.floor(r.next() * (c.length - length + 1));
    return c.slice(at, at + length).join('');
  };
  const many = (n: number, make: () => string) => Array.from({ length: n }, make);
  const mixed = (w: string) =>
    chars(w)
      .map((c) => (r.next() < 0.5 ? c.toUpperCase() : c))
      .join('');
  return {
    'Chinese, 1 character': many(8, () => piece(1)),
    'Chinese, 2 characters': [...many(8, () => piece(2)), '邮件', '刘强'],
    'Chinese, 3+ characters': many(8, () => piece(3 + Math.floor(r.next() * 3))),
    'English words, mixed case': [...many(8, () => mixed(r.pick(words))), 'MFA', 'proxy configuration'],
    'both languages in one query': many(6, () => `${piece(2)} ${mixed(r.pick(words))}`),
    'qualifiers, phrases, exclusions, punctuation': [
      `title:${piece(2)}`,
      'tags:VIP',
      'tag:重新编辑',
      `body:${piece(3)} -${piece(1)}`,
      '"sign in"',
      'Outlook OR Teams',
      '"quota"',
      '95%_done',
      'C:\\Users',
      '{rule}',
      '(MFA)',
    ],
  };
}

describe('knowledge search against a substring scan', () => {
  it('finds exactly what the scan finds, query class by class', () => {
    const { t, reference } = knowledgeBase();
    let matched = 0;
    for (const [name, list] of Object.entries(queries(reference))) {
      for (const query of list) {
        const expected = scan(reference, query);
        const actual = found(t, query);
        if (expected.length) matched++;
        expect({ name, query, ids: actual.ids }).toEqual({ name, query, ids: expected });
        expect({ query, total: actual.total }).toEqual({ query, total: expected.length });
      }
    }
    expect(matched).toBeGreaterThan(30);
  });

  it('marks every term in the snippet, in either language', () => {
    const { t } = knowledgeBase();
    const hit = t.call('articles.list', { text: '密码 password' }).items[0]!;
    expect(hit.snippet).toMatch(/\uE000(密码|password)\uE001/i);
    expect(t.call('articles.list', { text: '' }).items[0]!.snippet).toBeNull();
    const titled = t.call('articles.list', { text: 'outlook', language: 'en', kinds: ['faq'] }).items[0]!;
    expect(titled.markedTitle).toMatch(/^\uE000Outlook\uE001/);
  });
});
