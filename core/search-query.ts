// The search box's small query language, parsed once for every place that searches (the case list, the
// export, and the pickers that search cases). Nothing here fails: what the parser cannot read is text.
import type { CaseFilters } from './case-query';
import { CASE_STATUSES, OPEN_CASE_STATUSES, SEVERITIES, SUPPORT_AREAS } from './domain';
import { addDays, dayStart, isLocalDate } from './local-time';

/** The searched parts of a case, each an index column. */
export const SEARCH_FIELDS = [
  'number',
  'title',
  'description',
  'notes',
  'customer',
  'contacts',
  'requests',
  'tags',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Qualifiers that narrow a term to some fields. */
const TEXT_QUALIFIERS: Record<string, readonly SearchField[]> = {
  customer: ['customer'],
  contact: ['contacts'],
  title: ['title'],
  note: ['notes'],
  number: ['number'],
  request: ['requests'],
};

/**
 * A substring to find; `fields` absent means anywhere in the document. `F` names the fields of the
 * document searched: a case's by default, an article's for the knowledge base.
 */
export interface SearchTerm<F extends string = SearchField> {
  text: string;
  fields?: readonly F[];
}
/** One of the terms must occur (a OR b); `negated`: none may. */
export interface SearchClause<F extends string = SearchField> {
  any: SearchTerm<F>[];
  negated: boolean;
}
export interface ParsedSearch<F extends string = SearchField> {
  /** Every clause must hold. */
  clauses: SearchClause<F>[];
  /** What the filter qualifiers (status:, severity:, …) set. */
  filters: CaseFilters;
  /** The qualifier tokens as typed, so that the box can hand them to the filter bar. */
  qualifiers: string[];
  /** The query without its filter qualifiers. */
  rest: string;
}

interface Token {
  text: string;
  quoted: boolean;
  raw: string;
}

/** Words split on white space; a quote that closes later makes one phrase, an unclosed quote is a letter. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const chars = [...query];
  const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
  while (i < chars.length) {
    if (isSpace(chars[i])) {
      i++;
      continue;
    }
    const start = i;
    let text = '';
    let quoted = false;
    while (i < chars.length && !isSpace(chars[i])) {
      const close = chars[i] === '"' ? chars.indexOf('"', i + 1) : -1;
      if (close > i) {
        text += chars.slice(i + 1, close).join('');
        quoted = true;
        i = close + 1;
      } else text += chars[i++];
    }
    tokens.push({ text, quoted, raw: chars.slice(start, i).join('') });
  }
  return tokens;
}

const list = (value: string) => value.split(',').filter(Boolean);

function enumValues<T extends string>(value: string, allowed: readonly T[]): T[] | null {
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a] as const));
  const values = list(value).map((v) => byLower.get(v.toLowerCase()));
  return values.length && values.every((v) => v !== undefined) ? (values as T[]) : null;
}

/** `created:>2026-11-01`, `created:<…`, `created:2026-11-01` (that day) or `created:2026-11-01..2026-11-30`. */
function createdRange(
  value: string,
  utcOffset: number,
): Pick<CaseFilters, 'createdFrom' | 'createdTo'> | null {
  const day = (d: string | undefined) => (d && isLocalDate(d) ? d : null);
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (range) {
    const [from, to] = [day(range[1]), day(range[2])];
    return from && to && from <= to
      ? { createdFrom: dayStart(from, utcOffset), createdTo: dayStart(addDays(to, 1), utcOffset) }
      : null;
  }
  const op = /^(>=|<=|>|<)?(.*)$/.exec(value)!;
  const date = day(op[2]);
  if (!date) return null;
  const start = dayStart(date, utcOffset);
  const next = dayStart(addDays(date, 1), utcOffset);
  switch (op[1]) {
    case '>':
      return { createdFrom: next };
    case '>=':
      return { createdFrom: start };
    case '<':
      return { createdTo: start };
    case '<=':
      return { createdTo: next };
    default:
      return { createdFrom: start, createdTo: next };
  }
}

/** The filters one qualifier sets, or null when it is not one the filter bar has. */
function filterOf(key: string, value: string, utcOffset: number): CaseFilters | null {
  switch (key) {
    case 'status': {
      if (value.toLowerCase() === 'open') return { statuses: [...OPEN_CASE_STATUSES] };
      const statuses = enumValues(value, CASE_STATUSES);
      return statuses && { statuses };
    }
    case 'severity': {
      const severities = enumValues(value, SEVERITIES);
      return severities && { severities };
    }
    case 'area': {
      const supportAreas = enumValues(value, SUPPORT_AREAS);
      return supportAreas && { supportAreas };
    }
    case 'service':
      return /^[\w-]{1,40}$/u.test(value) ? { services: [value.toLowerCase()] } : null;
    case 'owner':
      return value === 'me' || value === 'none' ? { owner: value } : null;
    case 'tag':
      return value.length <= 40 ? { tag: value } : null;
    case 'created':
      return createdRange(value, utcOffset);
    default:
      return null;
  }
}

const QUALIFIER = /^([a-z]+):(.+)$/su;

/** Which words the parser reads as operators, as typed (upper case only, so `or` stays a word). */
const OR = 'OR';
const NOT = 'NOT';
const AND = 'AND';

export interface ParseOptions<F extends string = SearchField> {
  /** The desk's offset from UTC, for the days of `created:`. */
  utcOffsetMinutes: number;
  /** The qualifiers that narrow a term to fields, for a document other than a case's. */
  textQualifiers?: Readonly<Record<string, readonly F[]>>;
}

/**
 * Reads a query: words and `"phrases"` are terms that must all occur; `-term` or `NOT term` excludes;
 * `a OR b`; `customer:`/`contact:`/`title:`/`note:`/`number:`/`request:` narrow a term to fields;
 * `status:`, `severity:`, `area:`, `service:`, `owner:`, `tag:`, `created:` set filters.
 */
export function parseSearch<F extends string = SearchField>(
  query: string,
  options: ParseOptions<F>,
): ParsedSearch<F> {
  const textQualifiers = options.textQualifiers ?? (TEXT_QUALIFIERS as Record<string, readonly F[]>);
  const clauses: SearchClause<F>[] = [];
  let filters: CaseFilters = {};
  const qualifiers: string[] = [];
  const rest: string[] = [];
  const tokens = tokenize(query);
  let pendingOr = false;
  let pendingNot = false;

  tokens.forEach((token, index) => {
    const last = index === tokens.length - 1;
    if (!token.quoted && (token.text === OR || token.text === AND) && !last) {
      const previous = clauses.at(-1);
      if (token.text === AND || (previous && !previous.negated && !pendingNot)) {
        if (token.text === OR) pendingOr = true;
        rest.push(token.raw);
        return;
      }
    }
    if (!token.quoted && token.text === NOT && !last && !pendingOr) {
      pendingNot = true;
      rest.push(token.raw);
      return;
    }
    let text = token.text;
    let negated = pendingNot;
    pendingNot = false;
    if (token.raw.length > 1 && token.raw.startsWith('-') && !pendingOr) {
      negated = true;
      text = text.slice(1);
    }
    // A quoted token is text, even with a colon in it; `customer:"Contoso China"` is a qualifier.
    const qualifier = /^-?"/u.test(token.raw) ? null : QUALIFIER.exec(text);
    if (qualifier && !negated && !pendingOr) {
      const filter = filterOf(qualifier[1]!.toLowerCase(), qualifier[2]!, options.utcOffsetMinutes);
      if (filter) {
        filters = mergeFilters(filters, filter);
        qualifiers.push(token.raw);
        return;
      }
    }
    const fields = qualifier ? textQualifiers[qualifier[1]!.toLowerCase()] : undefined;
    if (fields) text = qualifier![2]!;
    // A trailing * asks for a prefix, which a substring search already finds.
    if (token.raw.length > 1 && token.raw.endsWith('*')) text = text.replace(/\*+$/u, '') || text;
    rest.push(token.raw);
    if (!text) return;
    const term: SearchTerm<F> = fields ? { text, fields } : { text };
    if (pendingOr && !negated) clauses.at(-1)!.any.push(term);
    else clauses.push({ any: [term], negated });
    pendingOr = false;
  });
  return { clauses, filters, qualifiers, rest: rest.join(' ') };
}

/** Both sets of filters at once; two lists of the same filter keep what both allow. */
export function mergeFilters(a: CaseFilters, b: CaseFilters): CaseFilters {
  const both = <T>(x: T[] | undefined, y: T[] | undefined) =>
    x && y ? x.filter((v) => y.includes(v)) : (x ?? y);
  const merged: CaseFilters = { ...a, ...b };
  const statuses = both(a.statuses, b.statuses);
  const severities = both(a.severities, b.severities);
  const supportAreas = both(a.supportAreas, b.supportAreas);
  const services = both(a.services, b.services);
  if (statuses) merged.statuses = statuses;
  if (severities) merged.severities = severities;
  if (supportAreas) merged.supportAreas = supportAreas;
  if (services) merged.services = services;
  if (a.createdFrom !== undefined && b.createdFrom !== undefined)
    merged.createdFrom = Math.max(a.createdFrom, b.createdFrom);
  if (a.createdTo !== undefined && b.createdTo !== undefined)
    merged.createdTo = Math.min(a.createdTo, b.createdTo);
  return merged;
}

/** Whether merged filters can match nothing (two lists with nothing in common). */
export function filtersExclude(filters: CaseFilters): boolean {
  const lists = [filters.statuses, filters.severities, filters.supportAreas, filters.services];
  return (
    lists.some((l) => l !== undefined && l.length === 0) ||
    (filters.createdFrom !== undefined &&
      filters.createdTo !== undefined &&
      filters.createdFrom >= filters.createdTo)
  );
}

/**
 * The search box's qualifiers moved into the filter bar: the query without them, and the filters with
 * them (a qualifier replaces the bar's filter of the same kind). While `typing`, a last word not yet
 * followed by a space stays in the box, since it may still grow (`tag:VI` on the way to `tag:VIP`).
 */
export function qualifiersToFilters(
  query: string,
  filters: CaseFilters,
  options: ParseOptions & { typing: boolean },
): { text: string; filters: CaseFilters } {
  const held = options.typing ? (/\S+$/u.exec(query)?.[0] ?? '') : '';
  const parsed = parseSearch(query.slice(0, query.length - held.length), options);
  if (!parsed.qualifiers.length) return { text: query, filters };
  return { text: [parsed.rest, held].filter(Boolean).join(' '), filters: { ...filters, ...parsed.filters } };
}
