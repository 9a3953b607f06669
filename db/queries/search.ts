import type { CaseListItem } from '../../core/cases';
import {
  RANKED_MATCHES_MAX,
  SEARCH_COUNT_CAP,
  type CaseFilters,
  type SearchHit,
  type SearchOrder,
} from '../../core/case-query';
import { describeHit, type HitText } from '../../core/search-hit';
import {
  filtersExclude,
  mergeFilters,
  parseSearch,
  SEARCH_FIELDS,
  type SearchClause,
  type SearchField,
} from '../../core/search-query';
import { readDocuments, readNotes } from '../search/documents';
import { refreshSearchIndex } from '../search/index-writer';
import { matchExpression, type MatchExpression } from '../search/match';
import { stmt, type Db } from '../statements';
import { filterSql, LIST_COLUMNS, OWNER_JOIN, whereClause } from './case-list';

/** bm25 weight of each field: a term in the title counts most, one in a note least. */
const WEIGHTS: Record<SearchField, number> = {
  number: 6,
  title: 10,
  description: 3,
  notes: 1,
  customer: 4,
  contacts: 3,
  requests: 6,
  tags: 4,
};
/** The ranking expression of the index, best match lowest. */
export const BM25 = `bm25(case_search, ${SEARCH_FIELDS.map((f) => WEIGHTS[f]).join(', ')})`;

export interface SearchQuery {
  text: string;
  filters: CaseFilters;
  limit: number;
  offset?: number;
  order?: SearchOrder;
  me: string;
  /** The service's time, for the SLA filters. */
  now?: number;
  /** The desk's offset from UTC, for `created:` days; China's by default. */
  utcOffsetMinutes?: number;
  /** Count the matches as well (the first page asks): up to SEARCH_COUNT_CAP. */
  count?: boolean;
}

interface Plan extends MatchExpression {
  filters: CaseFilters;
  nothing: boolean;
}

/** The case table's columns are its fields. */
const caseColumns = (fields: readonly SearchField[]) => fields;

function plan(q: SearchQuery): Plan {
  const parsed = parseSearch(q.text, { utcOffsetMinutes: q.utcOffsetMinutes ?? 480 });
  const filters = mergeFilters(q.filters, parsed.filters);
  return { ...matchExpression(parsed.clauses, caseColumns), filters, nothing: filtersExclude(filters) };
}

interface Source {
  from: string;
  where: string[];
  params: unknown[];
  /** The ranking expression, or null when nothing ranks (newest first then). */
  score: string | null;
  key: string;
  /** The index's expression, when the rows come from the index. */
  match?: string;
}

/**
 * A filter is applied to the matches either as a set of rowids or by joining each match to its case. The
 * set reads the filter's index once (about a quarter of a microsecond a case it holds, at 100,000 cases)
 * and then checks each match for almost nothing; the join reads the whole (wide) case row of each match it
 * walks (half a microsecond to a microsecond). Both walk the matches, newest first, until they have found
 * as many as the search needs (the count's cap, or enough to tell whether to rank).
 * - A filter holding at most `filterSetSure` cases is a set: a few milliseconds to build at most.
 * - Above `filterSetMax` it never is: too much memory for one keystroke.
 * - In between, it is a set when the matches walked would be at least half as many as the cases it holds:
 *   a broad filter finds the matches it needs soon, so it is joined; otherwise a count of the matches
 *   alone, bounded by that half, answers.
 */
const FILTER_SET_SURE = 20_000;
const FILTER_SET_MAX = 250_000;
const SET_MATCH_SHARE = 1 / 2;

/** Where the plan changes course; tests move each to reach either side of it on a small desk. */
export interface SearchTuning {
  rankedMax: number;
  filterSetSure: number;
  filterSetMax: number;
}
const TUNING: SearchTuning = {
  rankedMax: RANKED_MATCHES_MAX,
  filterSetSure: FILTER_SET_SURE,
  filterSetMax: FILTER_SET_MAX,
};

/** How many rows a FROM and WHERE give, counted up to `max`. */
const boundedCount = (db: Db, from: string, where: string, params: unknown[], max: number) =>
  stmt<unknown[], number>(db, `SELECT count(*) FROM (SELECT 1 FROM ${from} ${where} LIMIT ?)`)
    .pluck()
    .get(...params, max)!;

interface FilterAsked {
  match: string;
  where: string;
  params: unknown[];
  /** How many matching cases the search must find: the count's cap, or enough to rank. */
  needed: number;
}

function filterAsSet(db: Db, f: FilterAsked, tuning: SearchTuning): boolean {
  const held = boundedCount(db, 'cases c', f.where, f.params, tuning.filterSetMax + 1);
  if (held <= tuning.filterSetSure) return true;
  if (held > tuning.filterSetMax) return false;
  const enough = Math.ceil(held * SET_MATCH_SHARE);
  // At most the matches walked before `needed` of them pass the filter: its share of the log tells.
  const cases = stmt<[], number>(db, 'SELECT coalesce(max(rowid), 0) FROM cases').pluck().get()!;
  if ((f.needed * cases) / held < enough) return false;
  return boundedCount(db, 'case_search', 'WHERE case_search MATCH ?', [f.match], enough) >= enough;
}

/** Where the matching rows come from: the index when a term must occur, else every case. */
function source(db: Db, p: Plan, q: SearchQuery, tuning: SearchTuning): Source {
  const { sql, params } = filterSql(p.filters, q.me, q.now);
  if (p.match) {
    const indexed = { score: BM25, key: 's.rowid', match: p.match };
    if (!sql.length)
      return { ...indexed, from: 'case_search s', where: ['case_search MATCH ?'], params: [p.match] };
    const where = whereClause(sql);
    // The unary plus keeps SQLite from handing the set to the index as one lookup per case, each of
    // which evaluates the whole query again.
    const needed = q.count ? SEARCH_COUNT_CAP : tuning.rankedMax;
    if (filterAsSet(db, { match: p.match, where, params, needed }, tuning))
      return {
        ...indexed,
        from: 'case_search s',
        where: ['case_search MATCH ?', `+s.rowid IN (SELECT c.rowid FROM cases c ${where})`],
        params: [p.match, ...params],
      };
    return {
      ...indexed,
      from: 'case_search s JOIN cases c ON c.rowid = s.rowid',
      where: ['case_search MATCH ?', ...sql],
      params: [p.match, ...params],
    };
  }
  const where = p.exclude
    ? ['c.rowid NOT IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)', ...sql]
    : sql;
  return {
    from: 'cases c',
    where,
    params: p.exclude ? [p.exclude, ...params] : params,
    score: null,
    key: 'c.rowid',
  };
}

/** How many cases a source finds, counted up to `cap` (one more than the cap when there are more). */
function countUpTo(db: Db, s: Source, cap: number): number {
  return boundedCount(db, s.from, whereClause(s.where), s.params, cap + 1);
}

export interface SearchCount {
  total: number;
  /** More than SEARCH_COUNT_CAP match; `total` is then the cap. */
  capped: boolean;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Whether the page is in best-match order (see RANKED_MATCHES_MAX). */
  ranked: boolean;
  /** How many cases match, when the query asked for the count. */
  count: SearchCount | null;
}

const counted = (n: number): SearchCount => ({
  total: Math.min(n, SEARCH_COUNT_CAP),
  capped: n > SEARCH_COUNT_CAP,
});

/** The rowids of one page of a source, in the order asked. */
function pageOf(db: Db, s: Source, order: string, q: SearchQuery): number[] {
  return stmt<unknown[], number>(
    db,
    `SELECT ${s.key} FROM ${s.from} ${whereClause(s.where)} ORDER BY ${order} LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...s.params, q.limit, q.offset ?? 0);
}

/**
 * A filtered source narrowed to matches already found: ranking them needs neither the filter's set nor
 * the case rows again, only the index (whose bm25 it orders by).
 */
function among(s: Source, rowids: number[]): Source {
  // Unfiltered, the source is the bare MATCH already.
  if (!s.match || s.where.length === 1) return s;
  return {
    ...s,
    from: 'case_search s',
    where: ['case_search MATCH ?', '+s.rowid IN (SELECT value FROM json_each(?))'],
    params: [s.match, JSON.stringify(rowids)],
  };
}

/**
 * The page's rowids, whether they are ranked, and the count when asked. A counted search of the index
 * reads the matches once, newest first up to the cap: that list is the count, tells whether the matches
 * are few enough to rank, and is the newest-first page; only a ranked page reads the index again.
 */
function pageRowids(db: Db, s: Source, q: SearchQuery, tuning: SearchTuning) {
  const newest = `${s.key} DESC`;
  const best = `${s.score}, ${s.key} DESC`;
  const wantsRank = q.order !== 'newest' && !!s.score;
  if (q.count && s.score) {
    const matches = pageOf(db, s, newest, { ...q, limit: SEARCH_COUNT_CAP + 1, offset: 0 });
    const ranked = wantsRank && matches.length <= tuning.rankedMax;
    const from = q.offset ?? 0;
    const rowids = ranked ? pageOf(db, among(s, matches), best, q) : matches.slice(from, from + q.limit);
    return { rowids, ranked, count: counted(matches.length) };
  }
  const ranked = wantsRank && countUpTo(db, s, tuning.rankedMax) <= tuning.rankedMax;
  const rowids = pageOf(db, s, ranked ? best : newest, q);
  return { rowids, ranked, count: q.count ? counted(countUpTo(db, s, SEARCH_COUNT_CAP)) : null };
}

/**
 * One page of the cases a query finds, each with where its terms were found and a snippet. Best match
 * first (bm25 over the fields) while at most RANKED_MATCHES_MAX cases match, else newest first (the
 * case's rowid, the order cases entered the log).
 */
export function searchCases(db: Db, q: SearchQuery, tuning = TUNING): SearchPage {
  refreshSearchIndex(db);
  const p = plan(q);
  if (p.nothing) return { hits: [], ranked: false, count: q.count ? counted(0) : null };
  const { rowids, ranked, count } = pageRowids(db, source(db, p, q, tuning), q, tuning);
  const byRowid = new Map(
    stmt<[string], CaseListItem & { rowid: number }>(
      db,
      `SELECT c.rowid, ${LIST_COLUMNS} FROM cases c ${OWNER_JOIN}
       WHERE c.rowid IN (SELECT value FROM json_each(?))`,
    )
      .all(JSON.stringify(rowids))
      .map((r) => [r.rowid, r] as const),
  );
  const rows = rowids.flatMap((r) => byRowid.get(r) ?? []);
  const hitText = describeHits(db, rowids, p.required);
  return { hits: rows.map(({ rowid, ...row }) => ({ ...row, ...hitText.get(rowid)! })), ranked, count };
}

/**
 * Where each hit holds the terms, and its snippet. The case's own fields and its customer are read
 * first; only hits with a clause found nowhere there have their timeline read as well.
 */
function describeHits(db: Db, rowids: number[], required: SearchClause[]) {
  const terms = required.flatMap((c) => c.any);
  const docs = readDocuments(db, rowids, { notes: false });
  const described = new Map([...docs].map(([id, doc]) => [id, describeHit(doc, terms)] as const));
  const complete = (text: HitText) =>
    required.every((c) => c.any.some((t) => text.found.some((f) => f.term === t.text)));
  const incomplete = [...described].filter(([, text]) => !complete(text)).map(([id]) => id);
  if (!incomplete.length) return described;
  for (const [id, notes] of readNotes(db, incomplete)) {
    const doc = docs.get(id)!;
    doc.notes = notes;
    described.set(id, describeHit(doc, terms));
  }
  return described;
}

/** How many cases the query finds, counted up to the cap (`capped` when there are more). */
export function countSearch(db: Db, q: SearchQuery, tuning = TUNING): SearchCount {
  refreshSearchIndex(db);
  const p = plan(q);
  return counted(p.nothing ? 0 : countUpTo(db, source(db, p, q, tuning), SEARCH_COUNT_CAP));
}
