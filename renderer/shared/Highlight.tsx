import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../core/case-query';

/** Splits a search snippet into plain text and <mark>ed matches (never HTML from the data). */
export function splitSnippet(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  for (const [i, chunk] of snippet.split(SNIPPET_OPEN).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, marked: false });
      continue;
    }
    const end = chunk.indexOf(SNIPPET_CLOSE);
    if (end < 0) {
      parts.push({ text: chunk, marked: false });
      continue;
    }
    parts.push({ text: chunk.slice(0, end), marked: true });
    if (end + 1 < chunk.length) parts.push({ text: chunk.slice(end + 1), marked: false });
  }
  return parts;
}

export function Highlight({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
