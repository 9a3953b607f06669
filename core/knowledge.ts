// The desk's knowledge base: how-to articles, FAQs, known issues with their workaround and internal
// runbooks, each written in Simplified Chinese and English (either may be left empty, not both). Every
// save is a revision; an article is reviewed again once its review interval has passed.
import { z } from 'zod';
import { LANGUAGES, SUPPORT_AREAS, type AgentRef, type Language, type SupportArea } from './domain';
import { tagText } from './case-relations';
import { id, optionalText } from './validation';
import { reads, writes } from './operation';

export const ARTICLE_KINDS = ['howto', 'faq', 'known_issue', 'runbook'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Who may read it: customers (it may be sent to them) or the desk only. */
export const AUDIENCES = ['customers', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const ARTICLE_STATUSES = ['draft', 'published', 'retired'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Where each status may go next: a draft is published, a published article retired, a retired one back. */
export const NEXT_STATUSES: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['published'],
  published: ['retired'],
  retired: ['published'],
};

export const MAX_ARTICLE_TITLE = 200;
export const MAX_ARTICLE_BODY = 50_000;
export const MAX_ARTICLE_TAGS = 20;
export const DEFAULT_REVIEW_DAYS = 180;
export const DAY_MS = 86_400_000;

export interface ArticleVersion {
  title: string;
  /** Markdown. */
  body: string;
}
export type ArticleVersions = Record<Language, ArticleVersion>;

/** What a revision keeps: the whole article as saved, so that any two revisions can be compared. */
export interface ArticleContent {
  versions: ArticleVersions;
  kind: ArticleKind;
  audience: Audience;
  supportArea: SupportArea;
  service: string | null;
  tags: string[];
  reviewDays: number;
  status: ArticleStatus;
}

/** An article's content with both languages side by side, as its table and its editor hold it. */
export interface SideBySideArticle extends Omit<ArticleContent, 'versions' | 'tags' | 'status'> {
  titleZh: string;
  bodyZh: string;
  titleEn: string;
  bodyEn: string;
}

/** The parts of an article a revision names as changed. */
export const ARTICLE_PARTS = [
  'title_zh',
  'body_zh',
  'title_en',
  'body_en',
  'kind',
  'audience',
  'supportArea',
  'service',
  'tags',
  'reviewDays',
  'status',
  'reviewed',
] as const;
export type ArticlePart = (typeof ARTICLE_PARTS)[number];

const LANGUAGE_SUFFIX: Record<Language, 'zh' | 'en'> = { 'zh-CN': 'zh', en: 'en' };

/** What a revision keeps of an article. */
export const contentOf = (a: Article): ArticleContent => ({
  versions: a.versions,
  kind: a.kind,
  audience: a.audience,
  supportArea: a.supportArea,
  service: a.service,
  tags: a.tags,
  reviewDays: a.reviewDays,
  status: a.status,
});

/** The parts that differ between two contents (the first revision names every part it fills). */
export function changedParts(before: ArticleContent | null, after: ArticleContent): ArticlePart[] {
  const parts: ArticlePart[] = [];
  for (const language of LANGUAGES) {
    const s = LANGUAGE_SUFFIX[language];
    const [b, a] = [before?.versions[language], after.versions[language]];
    if ((b?.title ?? '') !== a.title) parts.push(`title_${s}`);
    if ((b?.body ?? '') !== a.body) parts.push(`body_${s}`);
  }
  for (const key of ['kind', 'audience', 'supportArea', 'service', 'reviewDays', 'status'] as const) {
    if (!before || before[key] !== after[key]) parts.push(key);
  }
  if (!before || before.tags.join('\n') !== after.tags.join('\n')) parts.push('tags');
  return parts;
}

const version = z
  .object({
    title: optionalText(MAX_ARTICLE_TITLE),
    body: z.string().max(MAX_ARTICLE_BODY, 'validation.tooLong'),
  })
  .strict();

export const articlesSaveInput = z
  .object({
    /** Absent: a new article, saved as a draft. */
    id: id.optional(),
    /** The revision the editor started from: saving over a newer one is refused, so no change is lost. */
    revision: z.number().int().min(1).optional(),
    versions: z.object({ 'zh-CN': version, en: version }).strict(),
    kind: z.enum(ARTICLE_KINDS, { message: 'validation.choose' }),
    audience: z.enum(AUDIENCES, { message: 'validation.choose' }),
    supportArea: z.enum(SUPPORT_AREAS, { message: 'validation.choose' }),
    service: z.string().trim().min(1).max(40).nullable(),
    tags: z.array(tagText).max(MAX_ARTICLE_TAGS, 'validation.tooLong'),
    reviewDays: z.number().int('validation.invalid').min(1, 'validation.outOfRange').max(3650),
  })
  .strict()
  .superRefine((input, ctx) => {
    const filled = LANGUAGES.filter((l) => input.versions[l].title || input.versions[l].body.trim());
    if (!filled.length) {
      ctx.addIssue({ code: 'custom', path: ['versions', 'zh-CN', 'title'], message: 'validation.required' });
    }
    // A version with a body needs its title: the list and the suggestions show it.
    for (const language of filled) {
      if (!input.versions[language].title) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', language, 'title'],
          message: 'validation.required',
        });
      }
    }
  })
  .transform((input) => ({ ...input, tags: [...new Set(input.tags)] }));
export type ArticleSaveInput = z.input<typeof articlesSaveInput>;

export const articlesGetInput = z.object({ id }).strict();

export const articlesListInput = z
  .object({
    text: z.string().max(500).default(''),
    kinds: z.array(z.enum(ARTICLE_KINDS)).max(ARTICLE_KINDS.length).optional(),
    supportAreas: z.array(z.enum(SUPPORT_AREAS)).max(SUPPORT_AREAS.length).optional(),
    services: z.array(z.string().max(40)).max(100).optional(),
    statuses: z.array(z.enum(ARTICLE_STATUSES)).max(ARTICLE_STATUSES.length).optional(),
    /** Only articles whose review interval has passed (published ones). */
    reviewDue: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
    /** The reader's language: snippets come from that version first. */
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type ArticleListQuery = z.input<typeof articlesListInput>;

export interface Article extends ArticleContent {
  id: string;
  /** The number of its latest revision, from 1. */
  revision: number;
  createdAt: number;
  updatedAt: number;
  updatedBy: AgentRef | null;
  /** When it was last reviewed (published or marked reviewed); null never. */
  reviewedAt: number | null;
  /** How many cases it solved. */
  solvedCount: number;
}

/** A row of the list: the article, where its terms were found and a snippet (with marks) when searched. */
export interface ArticleListItem extends Article {
  /** The title in the reader's language with the terms marked, when searched. */
  markedTitle: string | null;
  snippet: string | null;
  reviewDue: boolean;
}

export interface ArticleList {
  items: ArticleListItem[];
  total: number;
}

export interface ArticleRevision {
  id: string;
  articleId: string;
  number: number;
  at: number;
  by: AgentRef;
  changes: ArticlePart[];
  content: ArticleContent;
}

export interface ArticleSuggestion {
  id: string;
  versions: ArticleVersions;
  kind: ArticleKind;
  audience: Audience;
  solvedCount: number;
  /** Already linked to the case asked about. */
  solvedHere: boolean;
  /** The best-matching text, marked. */
  snippet: string;
}

/** When its review falls due; null for an article not published (a draft or a retired one is not read). */
export function reviewDueAt(a: Pick<Article, 'status' | 'reviewedAt' | 'createdAt' | 'reviewDays'>) {
  if (a.status !== 'published') return null;
  return (a.reviewedAt ?? a.createdAt) + a.reviewDays * DAY_MS;
}

/** The version to show or send in a language: that one if written, else the other. */
export function versionFor(
  versions: ArticleVersions,
  language: Language,
): ArticleVersion & { language: Language } {
  const order = [language, ...LANGUAGES.filter((l) => l !== language)];
  const chosen = order.find((l) => versions[l].title) ?? language;
  return { ...versions[chosen], language: chosen };
}

/**
 * The knowledge base: articles, their revisions, search and suggestions. Implemented by
 * electron/services/knowledge.ts.
 */
export const knowledgeOperations = {
  'articles.list': reads<ArticleList>()(articlesListInput),
  'articles.get': reads<Article>()(articlesGetInput),
  'articles.history': reads<ArticleRevision[]>()(articlesGetInput),
  /** A new article is a draft; every save is a revision. */
  'articles.save': writes<Article>()(articlesSaveInput),
  'articles.setStatus': writes<Article>()(
    z.object({ id, status: z.enum(ARTICLE_STATUSES, { message: 'validation.choose' }) }).strict(),
  ),
  /** Read again and still right: its review interval starts over. */
  'articles.reviewed': writes<Article>()(z.object({ id }).strict()),
  /** The best published articles for what an agent is typing into a case. */
  'articles.suggest': reads<ArticleSuggestion[]>()(
    z
      .object({
        /** What the agent has typed so far: a case's title and description. */
        text: z.string().max(20_000),
        /** The case being worked on: articles already solving it are marked. */
        caseId: id.optional(),
        limit: z.number().int().min(1).max(20).default(5),
        language: z.enum(LANGUAGES).optional(),
      })
      .strict(),
  ),
  /** The article solved the case: linked, counted, on the case's timeline. */
  'articles.solved': writes<Article>()(z.object({ id, caseId: id }).strict()),
};
