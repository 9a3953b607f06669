import type { Language } from '../../../core/domain';
import {
  DEFAULT_REVIEW_DAYS,
  type Article,
  type ArticleSaveInput,
  type SideBySideArticle,
} from '../../../core/knowledge';

/** The editor's fields: flat, so that a refusal shows under its box. */
export interface ArticleValues extends SideBySideArticle {
  tags: string[];
}

export const ARTICLE_FIELDS = [
  'titleZh',
  'bodyZh',
  'titleEn',
  'bodyEn',
  'kind',
  'audience',
  'supportArea',
  'service',
  'tags',
  'reviewDays',
] as const;

/** The form field of each contract path. */
export const FIELD_OF = {
  'versions.zh-CN.title': 'titleZh',
  'versions.zh-CN.body': 'bodyZh',
  'versions.en.title': 'titleEn',
  'versions.en.body': 'bodyEn',
} as const;

export const BODY_FIELD: Record<Language, 'bodyZh' | 'bodyEn'> = { 'zh-CN': 'bodyZh', en: 'bodyEn' };
export const TITLE_FIELD: Record<Language, 'titleZh' | 'titleEn'> = { 'zh-CN': 'titleZh', en: 'titleEn' };

export function articleValues(a: Article | null): ArticleValues {
  return {
    titleZh: a?.versions['zh-CN'].title ?? '',
    bodyZh: a?.versions['zh-CN'].body ?? '',
    titleEn: a?.versions.en.title ?? '',
    bodyEn: a?.versions.en.body ?? '',
    kind: a?.kind ?? 'howto',
    audience: a?.audience ?? 'customers',
    supportArea: a?.supportArea ?? 'howto_faq',
    service: a?.service ?? null,
    tags: a?.tags ?? [],
    reviewDays: a?.reviewDays ?? DEFAULT_REVIEW_DAYS,
  };
}

/** The input that saves the form over `article` (the revision it was opened at), or as a new one. */
export function toSaveInput(
  v: ArticleValues,
  article: Pick<Article, 'id' | 'revision'> | null,
): ArticleSaveInput {
  return {
    ...(article ? { id: article.id, revision: article.revision } : {}),
    versions: { 'zh-CN': { title: v.titleZh, body: v.bodyZh }, en: { title: v.titleEn, body: v.bodyEn } },
    kind: v.kind,
    audience: v.audience,
    supportArea: v.supportArea,
    service: v.service ?? null,
    tags: v.tags,
    reviewDays: v.reviewDays,
  };
}
