// The case search index is an FTS5 table whose tokens the app writes itself: at every character of a
// field, the next three characters (fewer at the end). Any substring of three or more characters is then
// a phrase of consecutive tokens (what the trigram tokenizer does), and a term of one or two characters is
// a prefix of the token where it starts, answered by the table's one- and two-character prefix indexes.

import { foldText } from '../../core/search-text';

/**
 * ASCII other than letters and digits separates tokens for FTS5's ascii tokenizer: it is moved out of
 * ASCII; case is folded as everywhere in search (core/search-text.ts).
 */
const SHIFT = 0xf000;
const ASCII = Array.from({ length: 0x80 }, (_, code) => {
  const c = String.fromCharCode(code);
  return /[a-z0-9]/.test(c) ? c : String.fromCharCode(SHIFT + code);
});

function indexChars(text: string): string[] {
  const out: string[] = [];
  for (const c of foldText(text)) {
    const code = c.charCodeAt(0);
    out.push(code < 0x80 ? ASCII[code]! : c);
  }
  return out;
}

/** A field's values as index text, one token per character. */
export function indexText(values: readonly string[]): string {
  const tokens: string[] = [];
  for (const value of values) {
    const c = indexChars(value);
    for (let i = 0; i < c.length; i++) tokens.push(c[i]! + (c[i + 1] ?? '') + (c[i + 2] ?? ''));
  }
  return tokens.join(' ');
}

/** The FTS5 expression that finds `term` as a substring of one field value. */
export function termPhrase(term: string): string {
  const c = indexChars(term);
  if (c.length < 3) return `"${c.join('')}" *`;
  const tokens: string[] = [];
  for (let i = 0; i + 3 <= c.length; i++) tokens.push(c[i]! + c[i + 1]! + c[i + 2]!);
  return `"${tokens.join(' ')}"`;
}
