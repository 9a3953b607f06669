import type { ParsedInputOf } from '../../core/api';
import type { CaseCount, CasePage, SearchResult } from '../../core/case-query';
import { countCases, cursorOf, listCasePage } from '../../db/queries/case-list';
import { searchCases } from '../../db/queries/search';
import type { ServiceContext } from './context';

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

export function caseSearch(ctx: ServiceContext, input: ParsedInputOf<'cases.search'>): SearchResult {
  return {
    items: searchCases(ctx.db, {
      text: input.query,
      filters: input.filters,
      limit: input.limit,
      me: ctx.agentId,
      now: ctx.now(),
    }),
  };
}
