// Finding articles: the knowledge page's list (the case search's query language over an article's title,
// body and tags, with the page's filters) and the suggestions shown while a case is written.
import {
  ARTICLE_QUALIFIERS,
  ARTICLE_SEARCH_FIELDS,
  suggestionTerms,
  type ArticleSearchField,
  type ArticleSearchTerm,
} from '../../core/article-search';
import {
  DAY_MS,
  versionFor,
  type ArticleListItem,
  type ArticleSuggestion,
  type ArticleListQuery,
} from '../../core/knowledge';
import type { Language } from '../../core/domain';
import { describeHit, markTerms } from '../../core/search-hit';
import { parseSearch, type SearchClause } from '../../core/search-query';
import { containsText } from '../../core/search-text';
import { ARTICLE_INDEX } from '../search/article-index';
import { refreshIndex } from '../search/index-writer';
import { termPhrase } from '../search/tokens';
import { stmt, type Db } from '../statements';
import {
  ARTICLE_COLUMNS,
  ARTICLE_FROM,
  EDITOR_JOIN,
  readArticleDocuments,
  toArticle,
  type ArticleRow,
} from './articles';

const MATCHED_FROM = `article_search s JOIN articles a ON a.rowid = s.rowid ${EDITOR_JOIN}`;

/** bm25 weights: a term in the title counts most, then a tag, then the body. */
const WEIGHTS: Record<ArticleSearchField, number> = { title: 10, body: 2, tags: 4 };
export const ARTICLE_BM25 = `bm25(article_search, ${ARTICLE_SEARCH_FIELDS.map((f) => WEIGHTS[f]).join(', ')})`;

/** Published and past its review interval, as SQL over `articles a` with the time as a parameter. */
const REVIEW_DUE = `(a.status = 'published' AND coalesce(a.reviewed_at, a.created_at) + a.review_days * ${DAY_MS} <= ?)`;

const termExpression = (t: ArticleSearchTerm) =>
  t.fields ? `{${t.fields.join(' ')}} : (${termPhrase(t.text)})` : termPhrase(t.text);
const anyOf = (c: SearchClause<ArticleSearchField>) => `(${c.any.map(termExpression).join(' OR ')})`;

const inList = (
  column: string,
  values: readonly string[] | undefined,
  where: string[],
  params: unknown[],
) => {
  if (!values) return;
  where.push(`${column} IN (SELECT value FROM json_each(?))`);
  params.push(JSON.stringify(values));
};

function plan(q: ArticleListQuery & { now: number }) {
  const parsed = parseSearch<ArticleSearchField>(q.text ?? '', {
    utcOffsetMinutes: 480,
    textQualifiers: ARTICLE_QUALIFIERS,
  });
  const clauses = [...parsed.clauses];
  if (parsed.filters.tag)
    clauses.push({ any: [{ text: parsed.filters.tag, fields: ['tags'] }], negated: false });
  const positive = clauses.filter((c) => !c.negated);
  const negative = clauses.filter((c) => c.negated);
  const where: string[] = [];
  const params: unknown[] = [];
  const all = positive.map(anyOf).join(' AND ');
  const none = negative.map(anyOf).join(' OR ');
  if (all) {
    where.push('article_search MATCH ?');
    params.push(none ? `(${all}) NOT (${none})` : all);
  } else if (none) {
    where.push('a.rowid NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)');
    params.push(none);
  }
  const both = <T>(x: T[] | undefined, y: T[] | undefined) =>
    x && y ? x.filter((v) => y.includes(v)) : (x ?? y);
  inList('a.kind', q.kinds, where, params);
  inList('a.support_area', both(q.supportAreas, parsed.filters.supportAreas), where, params);
  inList('a.service', both(q.services, parsed.filters.services), where, params);
  inList('a.status', q.statuses, where, params);
  if (q.reviewDue) {
    where.push(REVIEW_DUE);
    params.push(q.now);
  }
  return { match: !!all, where, params, terms: positive.flatMap((c) => c.any) };
}

/**
 * The text around the first term in the body or tags (the title is shown anyway), the reader's language
 * looked through first; null if neither holds a term.
 */
function bodySnippet(
  doc: Record<ArticleSearchField, string[]>,
  terms: readonly ArticleSearchTerm[],
  language: Language | undefined,
) {
  // Both languages' values are in the document, Chinese first: each body alone, then the tags.
  const bodies = language === 'en' ? [...doc.body].reverse() : doc.body;
  for (const docPart of [...bodies.map((v) => ({ ...doc, body: [v], tags: [] })), { ...doc, body: [] }]) {
    const hit = describeHit(docPart, terms, ['body', 'tags']);
    if (hit.found.length) return hit.snippet;
  }
  return null;
}

/** One page of the knowledge base: best match first when searched, else the latest changed first. */
export function listArticles(
  db: Db,
  q: ArticleListQuery & { now: number },
): { items: ArticleListItem[]; total: number } {
  refreshIndex(db, ARTICLE_INDEX);
  const p = plan(q);
  const from = p.match ? MATCHED_FROM : ARTICLE_FROM;
  const where = p.where.length ? `WHERE ${p.where.join(' AND ')}` : '';
  const order = p.match ? `${ARTICLE_BM25}, a.updated_at DESC` : 'a.updated_at DESC, a.id';
  const rows = stmt<unknown[], ArticleRow & { due: number }>(
    db,
    `SELECT ${ARTICLE_COLUMNS}, ${REVIEW_DUE} AS due FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(q.now, ...p.params, q.limit ?? 100, q.offset ?? 0);
  const total = stmt<unknown[], number>(db, `SELECT count(*) FROM ${from} ${where}`)
    .pluck()
    .get(...p.params)!;
  const docs = p.terms.length
    ? readArticleDocuments(
        db,
        rows.map((r) => r.rowid),
      )
    : null;
  const words = p.terms.map((t) => t.text);
  const items = rows.map(({ due, ...row }) => {
    const doc = docs?.get(row.rowid);
    const article = toArticle(row);
    return {
      ...article,
      reviewDue: due === 1,
      snippet: doc ? bodySnippet(doc, p.terms, q.language) : null,
      markedTitle: doc ? markTerms(versionFor(article.versions, q.language ?? 'zh-CN').title, words) : null,
    };
  });
  return { items, total };
}

/** Candidates read by bm25 before they are ranked by how many of the text's terms each holds. */
const CANDIDATES = 50;

/** How much of the text an article covers: each term in its title counts 3, in its tags 2, in its body 1. */
function coverage(doc: Record<ArticleSearchField, string[]>, words: readonly string[]): number {
  const weight = { title: 3, tags: 2, body: 1 } as const;
  let score = 0;
  for (const word of words) {
    const field = ARTICLE_SEARCH_FIELDS.find((f) => doc[f].some((v) => containsText(v, word)));
    if (field) score += weight[field];
  }
  return score;
}

/**
 * The published articles a case's text is most about: any of its terms (core/article-search.ts) may
 * match; the best by bm25 are ranked by how much of the text each covers (bm25 alone says little on a
 * small knowledge base, where every term is in many articles), then by how many cases each solved.
 */
export function suggestArticles(
  db: Db,
  q: { text: string; caseId?: string; limit: number; language?: Language },
): ArticleSuggestion[] {
  const words = suggestionTerms(q.text);
  if (!words.length) return [];
  refreshIndex(db, ARTICLE_INDEX);
  const rows = stmt<[string, number], ArticleRow>(
    db,
    `SELECT ${ARTICLE_COLUMNS} FROM ${MATCHED_FROM}
     WHERE article_search MATCH ? AND a.status = 'published' ORDER BY ${ARTICLE_BM25} LIMIT ?`,
  ).all(words.map(termPhrase).join(' OR '), CANDIDATES);
  const solvedHere = new Set(
    q.caseId
      ? stmt<[string], string>(db, 'SELECT article_id FROM article_solutions WHERE case_id = ?')
          .pluck()
          .all(q.caseId)
      : [],
  );
  const docs = readArticleDocuments(
    db,
    rows.map((r) => r.rowid),
  );
  const terms = words.map((text) => ({ text }));
  return rows
    .map((row, rank) => ({ row, rank, score: coverage(docs.get(row.rowid)!, words) }))
    .sort((a, b) => b.score - a.score || b.row.solvedCount - a.row.solvedCount || a.rank - b.rank)
    .slice(0, q.limit)
    .map(({ row }) => {
      const a = toArticle(row);
      return {
        id: a.id,
        versions: a.versions,
        kind: a.kind,
        audience: a.audience,
        solvedCount: a.solvedCount,
        solvedHere: solvedHere.has(a.id),
        snippet:
          bodySnippet(docs.get(row.rowid)!, terms, q.language) ??
          (a.versions['zh-CN'].title || a.versions.en.title),
      };
    });
}
