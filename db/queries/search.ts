import type { CaseListItem } from '../../core/cases';
import { typedCaseNumber } from '../../core/case-number';
import type { CaseFilters, MatchSource, SearchHit } from '../../core/case-query';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../core/case-query';
import { stmt, type Db } from '../statements';
import { escapeLike } from './customers';
import { filterSql, LIST_COLUMNS, LIST_FROM, OWNER_JOIN, whereClause } from './case-list';

type Row = CaseListItem & { snippet: string };

/** The trigram tokenizer matches substrings of three or more characters (Unicode code points). */
export const MIN_FTS_LENGTH = 3;

/**
 * An FTS5 query for the agent's words: each word of 3+ characters as a quoted phrase (so that
 * punctuation and operators in it are taken literally), all of them required. Null when no word is
 * long enough for the trigram index.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .filter((w) => [...w].length >= MIN_FTS_LENGTH)
    .map((w) => `"${w.replaceAll('"', '""')}"`);
  return words.length ? words.join(' AND ') : null;
}

/** The words too short for the trigram index, matched with LIKE instead. */
export const shortWords = (text: string) =>
  text.split(/\s+/).filter((w) => w && [...w].length < MIN_FTS_LENGTH);

const SNIPPET = (table: string, column: number, tokens: number) =>
  `snippet(${table}, ${column}, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', ${tokens})`;

const TITLE_HIGHLIGHT = `highlight(case_text, 1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}')`;
/** The whole title with its match marked when the title matched; otherwise the best snippet elsewhere. */
const TITLE_OR_SNIPPET = `CASE WHEN instr(${TITLE_HIGHLIGHT}, '${SNIPPET_OPEN}') > 0 THEN ${TITLE_HIGHLIGHT}
  ELSE ${SNIPPET('case_text', -1, 16)} END`;

export interface SearchQuery {
  text: string;
  filters: CaseFilters;
  limit: number;
  me: string;
  /** The service's time, for the SLA filters. */
  now?: number;
}

/**
 * Cases matching the text, most recently updated first, each once with the snippet where it matched:
 * a case number, the case's own text, a note/reply/call, or its customer (name, tenant, contacts).
 * Each source is read newest first and stops at the limit, so the cost does not grow with the log.
 */
export function searchCases(db: Db, q: SearchQuery): SearchHit[] {
  const fts = ftsQuery(q.text);
  const hits = new Map<string, SearchHit>();
  const add = (rows: Row[], source: MatchSource) => {
    for (const row of rows) if (!hits.has(row.id)) hits.set(row.id, { ...row, source });
  };
  const { sql, params } = filterSql(q.filters, q.me, q.now);
  // Words too short for the index still narrow a mixed query: they must appear in the case itself.
  if (fts) {
    for (const word of shortWords(q.text)) {
      sql.push(
        `(c.title LIKE ? ESCAPE '\\' OR c.description LIKE ? ESCAPE '\\' OR c.customer_name LIKE ? ESCAPE '\\')`,
      );
      const like = `%${escapeLike(word)}%`;
      params.push(like, like, like);
    }
  }
  const where = (match: string) => whereClause([match, ...sql]);

  const number = typedCaseNumber(q.text);
  if (number) {
    add(
      stmt<unknown[], Row>(
        db,
        `SELECT ${LIST_COLUMNS}, c.number AS snippet FROM ${LIST_FROM} ${where('c.number = ?')}`,
      ).all(number, ...params),
      'number',
    );
  }
  if (fts) {
    add(
      stmt<unknown[], Row>(
        db,
        `SELECT ${LIST_COLUMNS}, ${TITLE_OR_SNIPPET} AS snippet
         FROM case_text JOIN cases c ON c.rowid = case_text.rowid ${OWNER_JOIN}
         ${where('case_text MATCH ?')} ORDER BY case_text.rowid DESC LIMIT ?`,
      ).all(fts, ...params, q.limit),
      'case',
    );
    add(
      stmt<unknown[], Row>(
        db,
        `SELECT ${LIST_COLUMNS}, ${SNIPPET('note_text', 0, 16)} AS snippet
         FROM note_text JOIN case_events e ON e.rowid = note_text.rowid JOIN cases c ON c.id = e.case_id ${OWNER_JOIN}
         ${where('note_text MATCH ?')} ORDER BY note_text.rowid DESC LIMIT ?`,
      ).all(fts, ...params, q.limit * 2),
      'note',
    );
    add(
      stmt<unknown[], Row>(
        db,
        `WITH matched AS (
           SELECT cu.id, ${SNIPPET('customer_text', -1, 12)} AS snippet
           FROM customer_text JOIN customers cu ON cu.rowid = customer_text.rowid
           WHERE customer_text MATCH ? ORDER BY customer_text.rowid DESC LIMIT 50
         )
         SELECT ${LIST_COLUMNS}, m.snippet FROM matched m JOIN cases c ON c.customer_id = m.id ${OWNER_JOIN}
         ${whereClause(sql)} ORDER BY c.updated_at DESC LIMIT ?`,
      ).all(fts, ...params, q.limit),
      'customer',
    );
  } else {
    add(shortQuery(db, q, sql, params), 'case');
  }
  return [...hits.values()]
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1))
    .slice(0, q.limit);
}

/**
 * Queries of one or two characters are below the trigram index: walk the cases newest first
 * (cases_updated index) and stop at the limit. Covers titles, numbers and customer names.
 */
function shortQuery(db: Db, q: SearchQuery, sql: string[], params: unknown[]): Row[] {
  const words = shortWords(q.text);
  const conditions = words.map(
    () => `(c.title LIKE ? ESCAPE '\\' OR c.customer_name LIKE ? ESCAPE '\\' OR c.number LIKE ? ESCAPE '\\')`,
  );
  const likes = words.flatMap((w) => Array<string>(3).fill(`%${escapeLike(w)}%`));
  const rows = stmt<unknown[], Omit<Row, 'snippet'>>(
    db,
    `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} ${whereClause([...conditions, ...sql])}
     ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`,
  ).all(...likes, ...params, q.limit);
  const first = words[0] ?? '';
  return rows.map((row) => ({
    ...row,
    snippet: markFirst(row.title, first) ?? markFirst(row.customerName, first) ?? row.number,
  }));
}

function markFirst(text: string, needle: string): string | null {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return null;
  return `${text.slice(0, at)}${SNIPPET_OPEN}${text.slice(at, at + needle.length)}${SNIPPET_CLOSE}${text.slice(at + needle.length)}`;
}
