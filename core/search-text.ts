// What "contains" means for search, written once for the index, the highlighting and the tests: a
// substring after each character is lower-cased, character for character (so that positions in the
// folded text are positions in the original).

/** Lower case per character, keeping the length (a character whose lower case is longer stays as it is). */
export function foldText(text: string): string {
  // Whole-string lower case is the same when no character changes length and no capital sigma takes its
  // word-final form (the one context rule of toLowerCase).
  const lower = text.toLowerCase();
  if (lower.length === text.length && !text.includes('Σ')) return lower;
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** Every place `term` occurs in `text`, as [start, end) in UTF-16 units, without overlaps. */
export function occurrences(text: string, term: string): [number, number][] {
  const haystack = foldText(text);
  const needle = foldText(term);
  const found: [number, number][] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    found.push([at, at + needle.length]);
  }
  return found;
}

export const containsText = (text: string, term: string) => foldText(text).includes(foldText(term));
