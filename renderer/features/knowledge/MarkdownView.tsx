import { useMemo } from 'react';
import { renderMarkdown } from './markdown';

/** An article body rendered from Markdown (markdown.ts: no raw HTML, only https links, no images loaded). */
export function MarkdownView({ source, label }: { source: string; label: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // The HTML is markdown-it's own output with raw HTML escaped and addresses checked (markdown.ts).
  return (
    <div
      className="sd-markdown"
      role="region"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
