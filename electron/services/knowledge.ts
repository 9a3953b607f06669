import type { ParsedInputOf } from '../../core/api';
import {
  changedParts,
  NEXT_STATUSES,
  type Article,
  type ArticleContent,
  type ArticlePart,
} from '../../core/knowledge';
import type { knowledgeOperations } from '../../core/knowledge';
import { uuidv7 } from '../../db/ids';
import { listArticles, suggestArticles } from '../../db/queries/article-search';
import {
  contentOf,
  getArticle,
  insertArticle,
  insertRevision,
  insertSolution,
  listRevisions,
  updateArticle,
} from '../../db/queries/articles';
import { serviceExists } from '../../db/queries/services';
import { changeCase, recordEvent } from './case-events';
import type { ServiceContext } from './context';
import { conflict, invalidField, notFound, orNotFound } from './errors';
import type { Handlers } from './handlers';

const found = (ctx: ServiceContext, id: string) => orNotFound(getArticle(ctx.db, id), 'article', id);

/** Writes an article's content as its next revision, naming the parts that changed, in one transaction. */
export function writeRevision(
  ctx: ServiceContext,
  before: Article | null,
  id: string,
  content: ArticleContent,
  reviewedAt: number | null,
  extra: ArticlePart[] = [],
): Article {
  const at = ctx.now();
  const changes = [...changedParts(before && contentOf(before), content), ...extra];
  if (before && !changes.length) return before;
  const write = { id, content, reviewedAt, at, by: ctx.agentId };
  if (before) updateArticle(ctx.db, write);
  else insertArticle(ctx.db, write);
  const number = before ? before.revision + 1 : 1;
  insertRevision(ctx.db, { id: uuidv7(at), articleId: id, number, at, by: ctx.agentId, changes }, content);
  return found(ctx, id);
}

/** Creates an article (a draft) or saves a new revision of one; a save that changes nothing is no revision. */
export function saveArticle(ctx: ServiceContext, input: ParsedInputOf<'articles.save'>): Article {
  if (input.service !== null && !serviceExists(ctx.db, input.service)) {
    throw invalidField('service', 'validation.choose', `unknown service ${input.service}`);
  }
  return ctx.db
    .transaction(() => {
      const before = input.id ? found(ctx, input.id) : null;
      if (before && input.revision !== undefined && input.revision !== before.revision) {
        throw conflict(`article ${before.id} is at revision ${before.revision}, not ${input.revision}`);
      }
      const { id, revision: _from, ...fields } = input;
      const content: ArticleContent = { ...fields, status: before?.status ?? 'draft' };
      return writeRevision(ctx, before, id ?? uuidv7(ctx.now()), content, before?.reviewedAt ?? null);
    })
    .immediate();
}

/** Publishes, retires or republishes; publishing counts as a review. */
export function setArticleStatus(ctx: ServiceContext, input: ParsedInputOf<'articles.setStatus'>): Article {
  return ctx.db
    .transaction(() => {
      const before = found(ctx, input.id);
      if (!NEXT_STATUSES[before.status].includes(input.status)) {
        throw conflict(`an article ${before.status} cannot become ${input.status}`);
      }
      const publishing = input.status === 'published';
      const content = { ...contentOf(before), status: input.status };
      return writeRevision(
        ctx,
        before,
        before.id,
        content,
        publishing ? ctx.now() : before.reviewedAt,
        publishing ? ['reviewed'] : [],
      );
    })
    .immediate();
}

export function articleReviewed(ctx: ServiceContext, input: ParsedInputOf<'articles.reviewed'>): Article {
  return ctx.db
    .transaction(() => {
      const before = found(ctx, input.id);
      return writeRevision(ctx, before, before.id, contentOf(before), ctx.now(), ['reviewed']);
    })
    .immediate();
}

/** Links the article to a case it solved, once, with an event on the case's timeline. */
export function articleSolved(ctx: ServiceContext, input: ParsedInputOf<'articles.solved'>): Article {
  return changeCase(ctx, input.caseId, () => {
    const article = found(ctx, input.id);
    if (article.status !== 'published') throw conflict('only a published article solves a case');
    const added = insertSolution(ctx.db, {
      articleId: article.id,
      caseId: input.caseId,
      at: ctx.now(),
      by: ctx.agentId,
    });
    if (added) {
      const title = article.versions['zh-CN'].title || article.versions.en.title;
      recordEvent(ctx, input.caseId, 'article_solved', { articleId: article.id, title });
    }
    return found(ctx, article.id);
  });
}

/** The operations of core/knowledge.ts (`knowledgeOperations`), bound to the functions above. */
export const knowledgeHandlers: Handlers<typeof knowledgeOperations> = {
  'articles.list': (ctx, input) => listArticles(ctx.db, { ...input, now: ctx.now() }),
  'articles.get': (ctx, input) => found(ctx, input.id),
  'articles.history': (ctx, input) => {
    if (!getArticle(ctx.db, input.id)) throw notFound('article', input.id);
    return listRevisions(ctx.db, input.id);
  },
  'articles.save': saveArticle,
  'articles.setStatus': setArticleStatus,
  'articles.reviewed': articleReviewed,
  'articles.suggest': (ctx, input) => suggestArticles(ctx.db, input),
  'articles.solved': articleSolved,
};
