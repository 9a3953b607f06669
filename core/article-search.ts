// Searching the knowledge base with the case search's engine (docs/search.md): the same query language
// (core/search-query.ts) over an article's fields, and the terms a case's text suggests articles by.
import type { SearchTerm } from './search-query';
import { foldText } from './search-text';

/** The searched parts of an article, each an index column holding both languages. */
export const ARTICLE_SEARCH_FIELDS = ['title', 'body', 'tags'] as const;
export type ArticleSearchField = (typeof ARTICLE_SEARCH_FIELDS)[number];
export type ArticleSearchTerm = SearchTerm<ArticleSearchField>;

/** `title:`, `body:` and `tags:` narrow a term to that part; `tag:` (a filter for cases) finds a tag. */
export const ARTICLE_QUALIFIERS: Readonly<Record<string, readonly ArticleSearchField[]>> = {
  title: ['title'],
  body: ['body'],
  tags: ['tags'],
};

/** Terms taken from a case's text at most: enough for its subject, few enough for one quick match. */
export const MAX_SUGGEST_TERMS = 24;

const WORD = /[\p{Script=Han}]+|[\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}]/gu;
const HAN = /^\p{Script=Han}/u;

/** English words too common to say what a case is about. */
const STOP = new Set(
  'the and for with not are was were this that from have has can cannot our your you they when what how does into after before please'.split(
    ' ',
  ),
);

/**
 * What a case's title and description are about, as search terms any of which may match: each Latin word
 * of three or more letters, and each pair of neighbouring Chinese characters (Chinese has no spaces, and
 * two characters make most of its words). The first ones count: the title comes first.
 */
export function suggestionTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const [word] of foldText(text).matchAll(WORD)) {
    if (HAN.test(word)) {
      const chars = [...word];
      if (chars.length === 1) continue;
      for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
    } else if (word.length >= 3 && !STOP.has(word)) terms.add(word);
    if (terms.size >= MAX_SUGGEST_TERMS) break;
  }
  return [...terms].slice(0, MAX_SUGGEST_TERMS);
}
