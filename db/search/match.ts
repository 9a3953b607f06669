// The FTS5 expression of a parsed query (core/search-query.ts) over a table of app-written tokens
// (./tokens.ts): each term a phrase, optionally narrowed to columns; every positive clause required, any
// negated clause excluded. Shared by every search table, each naming the columns a field maps to.
import type { SearchClause, SearchField, SearchTerm } from '../../core/search-query';
import { termPhrase } from './tokens';

/** The table's columns for the fields a term is narrowed to; null searches the term in every column. */
export type FieldColumns = (fields: readonly SearchField[]) => readonly string[] | null;

export interface MatchExpression {
  /** An expression every hit matches, or null when no term must occur. */
  match: string | null;
  /** An expression no hit matches, when nothing must occur but something must not. */
  exclude: string | null;
  /** The clauses that must hold, whose terms are marked in snippets. */
  required: SearchClause[];
}

export function matchExpression(clauses: readonly SearchClause[], columns: FieldColumns): MatchExpression {
  const term = (t: SearchTerm) => {
    const phrase = termPhrase(t.text);
    const narrowed = t.fields && columns(t.fields);
    return narrowed?.length ? `{${narrowed.join(' ')}} : (${phrase})` : phrase;
  };
  const anyOf = (clause: SearchClause) => `(${clause.any.map(term).join(' OR ')})`;
  const required = clauses.filter((c) => !c.negated);
  const all = required.map(anyOf).join(' AND ');
  const none = clauses
    .filter((c) => c.negated)
    .map(anyOf)
    .join(' OR ');
  return {
    match: all ? (none ? `(${all}) NOT (${none})` : all) : null,
    exclude: !all && none ? none : null,
    required,
  };
}
