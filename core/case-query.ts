import { z } from 'zod';
import { CASE_STATUSES, SEVERITIES, SUPPORT_AREAS } from './domain';
import type { CaseListItem } from './cases';
import { MINUTES_PER_DAY } from './time';
import { id, pageLimit } from './validation';
import type { SearchField } from './search-query';
import { noInput, reads, writes } from './operation';

/** Filters shared by the list, search, saved views and export; all optional, all combined with AND. */
export const caseFilters = z
  .object({
    statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length).optional(),
    severities: z.array(z.enum(SEVERITIES)).max(SEVERITIES.length).optional(),
    supportAreas: z.array(z.enum(SUPPORT_AREAS)).max(SUPPORT_AREAS.length).optional(),
    services: z.array(z.string().min(1).max(40)).max(50).optional(),
    customerId: id.optional(),
    /** An agent's id, `me` for the signed-in agent, or `none` for unassigned cases. */
    owner: z.union([id, z.literal('me'), z.literal('none')]).optional(),
    tag: z.string().trim().min(1).max(40).optional(),
    /** Created at or after / before, epoch ms. */
    createdFrom: z.number().int().nonnegative().optional(),
    createdTo: z.number().int().nonnegative().optional(),
    /** SLA: open cases whose first running clock runs out within N minutes from now (overdue ones included). */
    dueWithinMin: z
      .number()
      .int()
      .min(1)
      .max(30 * MINUTES_PER_DAY)
      .optional(),
    /** SLA: cases with a clock past its target and not yet met (running or paused). */
    breached: z.literal(true).optional(),
  })
  .strict();
export type CaseFilters = z.infer<typeof caseFilters>;

/**
 * Each order of the case list and the field of its rows it sorts by. `due`: time to breach, soonest first
 * (overdue before due, cases with no running clock last).
 */
export const SORT_FIELDS = {
  updated: 'updatedAt',
  created: 'createdAt',
  number: 'number',
  title: 'title',
  customer: 'customerName',
  severity: 'severity',
  status: 'status',
  due: 'nextDueAt',
} as const satisfies Record<string, keyof CaseListItem>;
export type SortKey = keyof typeof SORT_FIELDS;
export const SORT_KEYS = Object.keys(SORT_FIELDS) as [SortKey, ...SortKey[]];
export type SortDir = 'asc' | 'desc';

/** Keyset cursor: the last row's sort value and id. Stable while rows are added. */
export const listCursor = z.object({ key: z.union([z.string().max(1_000), z.number()]), id });
export type ListCursor = z.infer<typeof listCursor>;

export interface CasePage {
  items: CaseListItem[];
  /** Pass back as `after` for the next page; null at the end. */
  next: ListCursor | null;
}

export interface CaseCount {
  total: number;
}

/** Search results are ranked by how well the text matches (bm25, the title weighing most) or newest first. */
export const SEARCH_ORDERS = ['relevance', 'newest'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];
/** Results are counted exactly up to this many; above it the count says "10,000+". */
export const SEARCH_COUNT_CAP = 10_000;
/**
 * Best match first ranks the matches when at most this many cases match; above it the results come newest
 * first. Ranking sorts every match (and a phrase's weight reads every case holding it), so its cost grows
 * with the matches while the newest page of any query costs the same; a term in thousands of cases is
 * better narrowed than ranked.
 */
export const RANKED_MATCHES_MAX = 1_000;

export const casesSearchInput = z.object({
  /** In the query language of core/search-query.ts. */
  query: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  filters: caseFilters.default({}),
  order: z.enum(SEARCH_ORDERS).default('relevance'),
  limit: z.number().int().min(1).max(200).default(50),
  /** Results to skip: the next page starts where the previous one ended (`next`). */
  offset: z.number().int().min(0).max(1_000_000).default(0),
  /** Whether to count every match; the pages after the first need not. */
  count: z.boolean().default(true),
});

/** Where a search hit was found: one of the searched fields of the case. */
export type MatchSource = SearchField;

export interface SearchHit extends CaseListItem {
  /** The field the snippet comes from. */
  source: MatchSource;
  /** Text around the match; the matched parts sit between SNIPPET_OPEN and SNIPPET_CLOSE. */
  snippet: string;
  /** Each term of the query and the first field where this case holds it. */
  found: { term: string; field: SearchField }[];
}
export interface SearchResult {
  items: SearchHit[];
  /** Every match, up to SEARCH_COUNT_CAP; null when not counted. */
  total: number | null;
  /** True when there are more matches than SEARCH_COUNT_CAP (total is then the cap). */
  capped: boolean;
  /** True when the results are in best-match order; false when newest first, as asked or by RANKED_MATCHES_MAX. */
  ranked: boolean;
  /** The offset of the next page, or null at the end. */
  next: number | null;
}

export const SNIPPET_OPEN = '\uE000';
export const SNIPPET_CLOSE = '\uE001';

export interface SavedView {
  id: string;
  /** Built-in views carry an i18n key instead of a name. */
  name: string | null;
  nameKey: string | null;
  filters: CaseFilters;
  builtin: boolean;
}

/** The case list: a page, a count, full-text search. Implemented by electron/services/case-list.ts. */
export const caseListOperations = {
  'cases.list': reads<CasePage>()(
    z.object({
      filters: caseFilters.default({}),
      sort: z.enum(SORT_KEYS).default('updated'),
      dir: z.enum(['asc', 'desc']).default('desc'),
      limit: pageLimit,
      after: listCursor.optional(),
    }),
  ),
  /** Counting can mean reading every case, so it is asked for apart from the page and never delays it. */
  'cases.count': reads<CaseCount>()(z.object({ filters: caseFilters.default({}) })),
  'cases.search': reads<SearchResult>()(casesSearchInput),
};

/** Saved views of the case list. Implemented by electron/services/views.ts. */
export const viewsOperations = {
  'views.list': reads<SavedView[]>()(noInput),
  'views.save': writes<SavedView>()(
    z.object({
      name: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
      filters: caseFilters,
    }),
  ),
  'views.delete': writes<SavedView[]>()(z.object({ id })),
};
