// Article bodies are Markdown written by the desk and shown to agents (and sent to customers as text).
// markdown-it: a maintained CommonMark parser that renders to a string without a DOM, so what it lets
// through is tested in Node with hostile input (tests/unit/knowledge-markdown.test.ts). react-markdown would
// bring the whole unified/remark tree for the same result. Safe by construction:
// - `html: false`: raw HTML (a <script>, an <img onerror>, an <iframe>) is escaped and shown as text;
// - a link is a link only to an https address or to a case in the app (`#/cases/<id>`, as an article written
//   from escalations lists them; validateLink): javascript:, vbscript:, data:, file: and other relative
//   addresses stay plain text; https links open outside the app (a new tab with rel=noopener in a
//   browser; the desktop app hands new-window https links to the system browser, electron/main/main-window.ts);
// - an image is never loaded (it would tell an outside server who reads the article): it becomes a link to
//   its address, named by its alt text.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_LINK = /^https:\/\/[^\s]+$/i;
/** A case page of the app, by id: the page follows it itself, in the same window. */
export const CASE_LINK = /^#\/cases\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
md.validateLink = (url) => SAFE_LINK.test(url.trim()) || CASE_LINK.test(url.trim());

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (!CASE_LINK.test(token.attrGet('href') ?? '')) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

md.renderer.rules.image = (tokens, idx) => {
  const token = tokens[idx]!;
  const src = md.utils.escapeHtml(token.attrGet('src') ?? '');
  const alt = md.utils.escapeHtml(token.content || src);
  return `<a href="${src}" target="_blank" rel="noopener noreferrer" class="sd-md-image">🖼 ${alt}</a>`;
};

/** The body as HTML that holds no markup of its own author's: only what Markdown itself produces. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/**
 * The body as plain text for a reply to a customer (mail and chat show no Markdown): emphasis, code marks
 * and heading marks dropped, a link as its text and address, an image as its alt text and address; lists
 * and paragraphs keep their lines.
 */
export function markdownToText(source: string): string {
  return source
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, alt: string, url: string) =>
      alt ? `${alt} (${url})` : url,
    )
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, text: string, url: string) =>
      text === url ? url : `${text} (${url})`,
    )
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^```.*$/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
