// Where a hit's terms were found and the text shown for it: computed from the case's own fields, so that
// every term is marked however long it is.
import { SNIPPET_CLOSE, SNIPPET_OPEN } from './case-query';
import { SEARCH_FIELDS, type SearchField, type SearchTerm } from './search-query';
import { occurrences } from './search-text';

export interface TermFound {
  term: string;
  field: SearchField;
}

export interface HitText {
  /** The field the snippet comes from. */
  source: SearchField;
  snippet: string;
  found: TermFound[];
}

/** Characters of context kept before the first match, and the length a snippet aims for. */
const BEFORE = 16;
const LENGTH = 80;

function firstValue(doc: Record<SearchField, string[]>, term: SearchTerm) {
  for (const field of term.fields ?? SEARCH_FIELDS) {
    for (const value of doc[field]) {
      const at = occurrences(value, term.text)[0];
      if (at) return { field, value, at };
    }
  }
  return null;
}

/** Marks every occurrence of the terms in `text`, overlapping ones as one. */
export function markTerms(text: string, terms: readonly string[]): string {
  const ranges = terms.flatMap((t) => occurrences(text, t)).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  let open: [number, number] | null = null;
  const flush = () => {
    if (!open) return;
    out += text.slice(at, open[0]) + SNIPPET_OPEN + text.slice(open[0], open[1]) + SNIPPET_CLOSE;
    at = open[1];
  };
  for (const r of ranges) {
    if (open && r[0] <= open[1]) open[1] = Math.max(open[1], r[1]);
    else {
      flush();
      open = [r[0], r[1]];
    }
  }
  flush();
  return out + text.slice(at);
}

/**
 * For a case that matched: each term with the first field holding it, and a snippet: the whole title when a
 * term is in it, otherwise the text around the first term found, long enough to hold the whole term.
 */
export function describeHit(doc: Record<SearchField, string[]>, terms: readonly SearchTerm[]): HitText {
  const found: TermFound[] = [];
  let first: NonNullable<ReturnType<typeof firstValue>> | null = null;
  for (const term of terms) {
    const hit = firstValue(doc, term);
    if (!hit) continue;
    found.push({ term: term.text, field: hit.field });
    if (!first || (hit.field === 'title' && first.field !== 'title')) first = hit;
  }
  const words = terms.map((t) => t.text);
  if (!first) return { source: 'title', snippet: doc.title[0] ?? '', found };
  if (first.field === 'title') return { source: 'title', snippet: markTerms(first.value, words), found };
  return { source: first.field, snippet: around(first.value, first.at, words), found };
}

/** The text around one match, long enough to hold it whole, with every term marked. */
function around(value: string, [start, end]: [number, number], words: readonly string[]): string {
  const from = Math.max(0, start - BEFORE);
  const to = Math.min(value.length, Math.max(end, from + LENGTH));
  return `${from > 0 ? '…' : ''}${markTerms(value.slice(from, to), words)}${to < value.length ? '…' : ''}`;
}

/** A snippet of one text for the terms it holds: around the first of them found, or its start. */
export function textSnippet(text: string, terms: readonly SearchTerm[]): string {
  const words = terms.map((t) => t.text);
  const at = terms
    .map((t) => occurrences(text, t.text)[0])
    .filter((r): r is [number, number] => !!r)
    .sort((a, b) => a[0] - b[0])[0];
  return around(text, at ?? [0, 0], words);
}
