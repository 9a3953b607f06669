import type { ParsedInputOf } from '../../core/api';
import type { CaseDetail, TagCount } from '../../core/cases';
import { deleteTag, existingSpelling, insertTag, suggestTags } from '../../db/queries/tags';
import { changeCase, recordEvent } from './case-events';
import { caseDetail } from './cases';
import type { ServiceContext } from './context';
import type { caseTagsOperations } from '../../core/case-relations';
import type { Handlers } from './handlers';

/** Adds a free-text tag; a tag the desk already uses keeps its spelling. Adding it twice changes nothing. */
export function addTag(ctx: ServiceContext, input: ParsedInputOf<'cases.addTag'>): CaseDetail {
  changeCase(ctx, input.caseId, (row) => {
    const tag = existingSpelling(ctx.db, input.tag) ?? input.tag;
    if (insertTag(ctx.db, row.id, tag)) recordEvent(ctx, row.id, 'tag_added', { tag });
  });
  return caseDetail(ctx, { id: input.caseId });
}

export function removeTag(ctx: ServiceContext, input: ParsedInputOf<'cases.removeTag'>): CaseDetail {
  changeCase(ctx, input.caseId, (row) => {
    if (deleteTag(ctx.db, row.id, input.tag)) recordEvent(ctx, row.id, 'tag_removed', { tag: input.tag });
  });
  return caseDetail(ctx, { id: input.caseId });
}

export function tagSuggestions(ctx: ServiceContext, input: ParsedInputOf<'tags.suggest'>): TagCount[] {
  return suggestTags(ctx.db, input.query, input.limit);
}

/** The operations of core/case-relations.ts (`caseTagsOperations`), bound to the functions above. */
export const caseTagsHandlers: Handlers<typeof caseTagsOperations> = {
  'cases.addTag': addTag,
  'cases.removeTag': removeTag,
  'tags.suggest': tagSuggestions,
};
