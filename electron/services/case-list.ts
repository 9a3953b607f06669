import type { ParsedInputOf } from '../../core/api';
import type { CaseCount, caseListOperations, CasePage, SearchResult } from '../../core/case-query';
import { countCases, cursorOf, listCasePage } from '../../db/queries/case-list';
import { searchCases } from '../../db/queries/search';
import { utcOffsetOf } from './roster';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

export function casePage(ctx: ServiceContext, input: ParsedInputOf<'cases.list'>): CasePage {
  const me = ctx.agentId;
  // One extra row tells whether another page exists without a second query.
  const rows = listCasePage(ctx.db, { ...input, limit: input.limit + 1, me, now: ctx.now() });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, next: rows.length > input.limit && last ? cursorOf(last, input.sort) : null };
}

export function caseCount(ctx: ServiceContext, input: ParsedInputOf<'cases.count'>): CaseCount {
  return { total: countCases(ctx.db, input.filters, ctx.agentId, ctx.now()) };
}

/** A page of search results; the first page also counts them (exactly, up to SEARCH_COUNT_CAP). */
export function caseSearch(ctx: ServiceContext, input: ParsedInputOf<'cases.search'>): SearchResult {
  const query = {
    text: input.query,
    filters: input.filters,
    order: input.order,
    // One extra row tells whether another page exists.
    limit: input.limit + 1,
    offset: input.offset,
    me: ctx.agentId,
    now: ctx.now(),
    utcOffsetMinutes: utcOffsetOf(ctx),
    count: input.count,
  };
  const { hits, ranked, count } = searchCases(ctx.db, query);
  return {
    items: hits.slice(0, input.limit),
    total: count?.total ?? null,
    capped: count?.capped ?? false,
    ranked,
    next: hits.length > input.limit ? input.offset + input.limit : null,
  };
}

/** The operations of core/case-query.ts (`caseListOperations`), bound to the functions above. */
export const caseListHandlers: Handlers<typeof caseListOperations> = {
  'cases.list': casePage,
  'cases.count': caseCount,
  'cases.search': caseSearch,
};
