// Keeping a search index current: cases, knowledge articles, customers and handovers are indexed
// the same way. Triggers name each row whose searched text changed in the index's dirty table, on every
// write path (the services, an import, a sync): appending a note then costs one row there instead of
// re-indexing the whole case. The next search re-indexes the named rows first.
import { SEARCH_FIELDS } from '../../core/search-query';
import { stmt, type Db } from '../statements';
import { readDocuments } from './documents';
import { indexText } from './tokens';

/** One FTS5 document table of the app-written design (docs/search.md) and where its documents come from. */
export interface DocumentIndex<F extends string> {
  /** The FTS5 table, one column per field. */
  table: string;
  /** The table naming rows to re-index, and its rowid column. */
  dirty: string;
  dirtyColumn: string;
  /** The table whose rowids the documents share. */
  source: string;
  fields: readonly F[];
  read(db: Db, rowids: readonly number[]): Map<number, Record<F, string[]>>;
}

export const CASE_INDEX: DocumentIndex<(typeof SEARCH_FIELDS)[number]> = {
  table: 'case_search',
  dirty: 'search_dirty',
  dirtyColumn: 'case_rowid',
  source: 'cases',
  fields: SEARCH_FIELDS,
  read: (db, rowids) => readDocuments(db, rowids),
};

const BATCH = 500;

function writeDocuments<F extends string>(
  db: Db,
  index: DocumentIndex<F>,
  rowids: readonly number[],
  replace: boolean,
): void {
  const insert = stmt(
    db,
    `INSERT INTO ${index.table} (rowid, ${index.fields.join(', ')})
     VALUES (?, ${index.fields.map(() => '?').join(', ')})`,
  );
  const remove = stmt(db, `DELETE FROM ${index.table} WHERE rowid = ?`);
  for (let at = 0; at < rowids.length; at += BATCH) {
    const batch = rowids.slice(at, at + BATCH);
    const docs = index.read(db, batch);
    for (const rowid of batch) {
      if (replace) remove.run(rowid);
      const doc = docs.get(rowid);
      if (doc) insert.run(rowid, ...index.fields.map((f) => indexText(doc[f])));
    }
  }
}

/** Re-indexes the rows changed since the last search; returns how many. */
export function refreshIndex<F extends string>(db: Db, index: DocumentIndex<F>): number {
  const pending = stmt<[], number>(db, `SELECT ${index.dirtyColumn} FROM ${index.dirty}`);
  if (pending.pluck().get() === undefined) return 0;
  return db.transaction(() => {
    const dirty = pending.pluck().all();
    writeDocuments(db, index, dirty, true);
    const done = stmt(db, `DELETE FROM ${index.dirty} WHERE ${index.dirtyColumn} = ?`);
    for (const rowid of dirty) done.run(rowid);
    return dirty.length;
  })();
}

/** Indexes every row into an empty index, in rowid order (a migration, a repair). */
export function buildIndex<F extends string>(
  db: Db,
  index: DocumentIndex<F>,
  onProgress?: (done: number) => void,
): void {
  const batch = 2000;
  const page = stmt<[number, number], number>(
    db,
    `SELECT rowid FROM ${index.source} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
  ).pluck();
  let done = 0;
  for (let rowids = page.all(0, batch); rowids.length; rowids = page.all(rowids.at(-1)!, batch)) {
    writeDocuments(db, index, rowids, false);
    onProgress?.((done += rowids.length));
  }
  stmt(db, `DELETE FROM ${index.dirty}`).run();
}

/** Re-indexes the cases changed since the last search; returns how many. */
export const refreshSearchIndex = (db: Db) => refreshIndex(db, CASE_INDEX);

/** Indexes every case into an empty case_search (migration 0100). */
export const buildSearchIndex = (db: Db, onProgress?: (done: number) => void) =>
  buildIndex(db, CASE_INDEX, onProgress);
