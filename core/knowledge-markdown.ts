// An article version as a Markdown file with front matter: the form the knowledge base is exported in and
// read back from. The front matter is a small, fixed subset of YAML (one `key: value` a line; strings and
// the tag list written as JSON, which YAML reads alike), so that a file opens in any editor or static-site
// tool, while the parser accepts no more than it must: files come from outside and are untrusted. Pure.
import { SUPPORT_AREAS, LANGUAGES, type Language, type SupportArea } from './domain';
import { hasForbiddenCharacter } from './input-bounds';
import {
  ARTICLE_KINDS,
  ARTICLE_STATUSES,
  AUDIENCES,
  MAX_ARTICLE_BODY,
  MAX_ARTICLE_TAGS,
  MAX_ARTICLE_TITLE,
  type Article,
  type ArticleKind,
  type ArticleStatus,
  type Audience,
} from './knowledge';

/** The front matter's keys, in the order the writer puts them. */
export const FRONT_MATTER_KEYS = [
  'id',
  'language',
  'kind',
  'audience',
  'area',
  'service',
  'tags',
  'status',
  'title',
] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** Why a file, or a line of it, is refused; each has its sentence in knowledge.io.refusals. */
export const IMPORT_REFUSALS = [
  'tooLarge',
  'notText',
  'controlCharacter',
  'noFrontMatter',
  'unclosedFrontMatter',
  'badLine',
  'unknownKey',
  'duplicateKey',
  'missingKey',
  'badId',
  'badLanguage',
  'unknownKind',
  'unknownAudience',
  'unknownArea',
  'unknownStatus',
  'badService',
  'unknownService',
  'badTags',
  'missingTitle',
  'titleTooLong',
  'bodyTooLong',
  'duplicateFile',
  'disagrees',
  'statusChange',
  'tooManyFiles',
] as const;
export type ImportRefusalReason = (typeof IMPORT_REFUSALS)[number];

/** One reason a file is refused: at a line (1-based) when one is to blame, with the value or key named. */
export interface ImportRefusal {
  file: string;
  line: number | null;
  reason: ImportRefusalReason;
  detail?: string;
}

/** One file, read: an article's version in one language and the fields both versions share. */
export interface ArticleFile {
  file: string;
  /** Null for a file written by hand for a new article. */
  id: string | null;
  language: Language;
  kind: ArticleKind;
  audience: Audience;
  supportArea: SupportArea;
  service: string | null;
  tags: string[];
  status: ArticleStatus;
  title: string;
  body: string;
  /** The line of each key, to name in a refusal found later (a disagreement, an unknown service). */
  lines: Partial<Record<FrontMatterKey, number>>;
}

const FENCE = '---';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_KEY = /^[a-z0-9][a-z0-9_.-]{0,39}$/i;
/** Far above any front matter the writer makes; the rest of a hostile file is never walked. */
const MAX_FRONT_MATTER_LINES = 40;

/** The file name of an article's version: its id and language, nothing a path could be made of. */
export const articleFileName = (id: string, language: Language) => `${id}.${language}.md`;

/** The languages an article has written (a title): those are the files it exports to. */
export const writtenLanguages = (a: Pick<Article, 'versions'>): Language[] =>
  LANGUAGES.filter((l) => a.versions[l].title);

/** An article's version in one language as a Markdown file with front matter. */
export function articleToMarkdown(a: Article, language: Language): string {
  const values: Record<FrontMatterKey, string> = {
    id: a.id,
    language,
    kind: a.kind,
    audience: a.audience,
    area: a.supportArea,
    service: a.service ?? 'null',
    tags: JSON.stringify(a.tags),
    status: a.status,
    title: JSON.stringify(a.versions[language].title),
  };
  const head = FRONT_MATTER_KEYS.map((k) => `${k}: ${values[k]}`).join('\n');
  return `${FENCE}\n${head}\n${FENCE}\n\n${a.versions[language].body}\n`;
}

/** A scalar as written: a JSON string, or plain text to the end of the line. */
function scalar(raw: string): string | null {
  if (!raw.startsWith('"')) return raw;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The tag list: JSON (`["a","b"]`), YAML's plain flow form (`[a, b]`), or empty. */
function tagList(raw: string): string[] | null {
  if (!raw || raw === '[]') return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.trim());
  } catch {
    // Not JSON: perhaps the plain flow form.
  }
  const plain = /^\[([^[\]"{}]*)\]$/.exec(raw);
  return plain ? plain[1]!.split(',').map((v) => v.trim()) : null;
}

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

type Fields = Partial<Record<FrontMatterKey, string>>;

/** The front matter's lines as raw values, or the refusals of its shape. */
function readFrontMatter(lines: string[], file: string) {
  const refusals: ImportRefusal[] = [];
  const fields: Fields = {};
  const at: Partial<Record<FrontMatterKey, number>> = {};
  if (lines[0] !== FENCE) {
    return { refusals: [{ file, line: 1, reason: 'noFrontMatter' as const }], fields, at, end: -1 };
  }
  const end = lines.indexOf(FENCE, 1);
  if (end < 0 || end > MAX_FRONT_MATTER_LINES) {
    return { refusals: [{ file, line: 1, reason: 'unclosedFrontMatter' as const }], fields, at, end: -1 };
  }
  for (let i = 1; i < end; i += 1) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_]+):(?:\s+(.*))?$/.exec(line);
    if (!match) {
      refusals.push({ file, line: i + 1, reason: 'badLine' });
      continue;
    }
    const key = match[1]!;
    if (!oneOf(FRONT_MATTER_KEYS, key)) {
      refusals.push({ file, line: i + 1, reason: 'unknownKey', detail: key.slice(0, 40) });
    } else if (key in fields) {
      refusals.push({ file, line: i + 1, reason: 'duplicateKey', detail: key });
    } else {
      fields[key] = (match[2] ?? '').trim();
      at[key] = i + 1;
    }
  }
  return { refusals, fields, at, end };
}

/** The lines of the text that hold a character no article may hold (1-based). */
function controlLines(lines: string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (found.length < 5 && hasForbiddenCharacter(line)) found.push(i + 1);
  });
  return found;
}

/** A file read back into an article's version, or every reason it is refused (with the line to blame). */
export function parseArticleMarkdown(
  file: string,
  source: string,
): { ok: true; value: ArticleFile } | { ok: false; refusals: ImportRefusal[] } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const bad = controlLines(lines);
  if (bad.length) {
    return { ok: false, refusals: bad.map((line) => ({ file, line, reason: 'controlCharacter' })) };
  }
  const head = readFrontMatter(lines, file);
  if (head.end < 0) return { ok: false, refusals: head.refusals };
  const { fields, at } = head;
  const refusals = [...head.refusals];
  const refuse = (key: FrontMatterKey, reason: ImportRefusalReason, detail?: string) =>
    refusals.push({
      file,
      line: at[key] ?? null,
      reason,
      ...(detail ? { detail: detail.slice(0, 80) } : {}),
    });
  const value = (key: FrontMatterKey) => {
    const raw = fields[key];
    return raw === undefined ? undefined : scalar(raw);
  };

  const id = value('id') || null;
  if (id !== null && !UUID.test(id)) refuse('id', 'badId', id);
  const language = value('language');
  if (language === undefined) refusals.push({ file, line: null, reason: 'missingKey', detail: 'language' });
  else if (!oneOf(LANGUAGES, language ?? '')) refuse('language', 'badLanguage', language ?? '');
  const choice = <T extends string>(key: FrontMatterKey, list: readonly T[], reason: ImportRefusalReason) => {
    const v = value(key);
    if (v === undefined) refusals.push({ file, line: null, reason: 'missingKey', detail: key });
    else if (!oneOf(list, v ?? '')) refuse(key, reason, v ?? '');
    return v as T;
  };
  const kind = choice('kind', ARTICLE_KINDS, 'unknownKind');
  const audience = choice('audience', AUDIENCES, 'unknownAudience');
  const supportArea = choice('area', SUPPORT_AREAS, 'unknownArea');
  const status = choice('status', ARTICLE_STATUSES, 'unknownStatus');
  const serviceRaw = value('service');
  const service = !serviceRaw || serviceRaw === 'null' || serviceRaw === '~' ? null : serviceRaw;
  if (service !== null && !SERVICE_KEY.test(service)) refuse('service', 'badService', service);
  const tags = tagList(fields.tags ?? '');
  if (!tags || tags.length > MAX_ARTICLE_TAGS || tags.some((t) => !t || t.length > 40)) {
    refuse('tags', 'badTags');
  }
  // One line, however the JSON string spelled it: the list and the suggestions show titles on one line.
  const title = (value('title') ?? '').replace(/\s+/g, ' ').trim();
  if (!title) refusals.push({ file, line: at.title ?? null, reason: 'missingTitle' });
  else if (title.length > MAX_ARTICLE_TITLE) refuse('title', 'titleTooLong');

  // The body: what follows the closing fence, less the blank line and the final line end the writer adds.
  const body = lines
    .slice(head.end + 1)
    .join('\n')
    .replace(/^\n/, '')
    .replace(/\n$/, '');
  if (body.length > MAX_ARTICLE_BODY) {
    refusals.push({ file, line: head.end + 2, reason: 'bodyTooLong' });
  }
  if (refusals.length) return { ok: false, refusals };
  return {
    ok: true,
    value: {
      file,
      id: id && id.toLowerCase(),
      language: language as Language,
      kind,
      audience,
      supportArea,
      service,
      tags: [...new Set(tags!)],
      status,
      title,
      body,
      lines: at,
    },
  };
}
