// Where a hit's terms were found and the text shown for it: computed from the document's own fields (a
// case's, or an article's), so that every term is marked however long it is.
import { SNIPPET_CLOSE, SNIPPET_OPEN } from './case-query';
import { SEARCH_FIELDS, type SearchField, type SearchTerm } from './search-query';
import { occurrences } from './search-text';

export interface TermFound<F extends string = SearchField> {
  term: string;
  field: F;
}

export interface HitText<F extends string = SearchField> {
  /** The field the snippet comes from. */
  source: F;
  snippet: string;
  found: TermFound<F>[];
}

/** Characters of context kept before the first match, and the length a snippet aims for. */
const BEFORE = 16;
const LENGTH = 80;

function firstValue<F extends string>(doc: Record<F, string[]>, term: SearchTerm<F>, fields: readonly F[]) {
  for (const field of term.fields ?? fields) {
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
 * For a document that matched: each term with the first field holding it, and a snippet: the whole title
 * when a term is in it, otherwise the text around the first term found, long enough to hold the whole
 * term. `fields` are the document's, in the order they are looked through (a case's by default).
 */
export function describeHit<F extends string = SearchField>(
  doc: Record<F, string[]>,
  terms: readonly SearchTerm<F>[],
  fields: readonly F[] = SEARCH_FIELDS as unknown as readonly F[],
): HitText<F> {
  const title = 'title' as F;
  const found: TermFound<F>[] = [];
  let first: NonNullable<ReturnType<typeof firstValue<F>>> | null = null;
  for (const term of terms) {
    const hit = firstValue(doc, term, fields);
    if (!hit) continue;
    found.push({ term: term.text, field: hit.field });
    if (!first || (hit.field === title && first.field !== title)) first = hit;
  }
  const words = terms.map((t) => t.text);
  if (!first) return { source: title, snippet: doc[title][0] ?? '', found };
  if (first.field === title) return { source: title, snippet: markTerms(first.value, words), found };
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
