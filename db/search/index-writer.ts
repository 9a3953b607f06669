// Keeping case_search current. Triggers (migration 0100) name each case whose searched text changed in
// search_dirty, on every write path (the services, an import, a sync): appending a note then costs one
// row there instead of re-indexing the whole case. The next search re-indexes the named cases first.
import { SEARCH_FIELDS } from '../../core/search-query';
import { stmt, type Db } from '../statements';
import { readDocuments } from './documents';
import { indexText } from './tokens';

const COLUMNS = SEARCH_FIELDS.join(', ');
const INSERT = `INSERT INTO case_search (rowid, ${COLUMNS}) VALUES (?, ${SEARCH_FIELDS.map(() => '?').join(', ')})`;

const BATCH = 500;

function writeCases(db: Db, rowids: readonly number[], replace: boolean): void {
  const insert = stmt(db, INSERT);
  const remove = stmt(db, 'DELETE FROM case_search WHERE rowid = ?');
  for (let at = 0; at < rowids.length; at += BATCH) {
    const batch = rowids.slice(at, at + BATCH);
    const docs = readDocuments(db, batch);
    for (const rowid of batch) {
      if (replace) remove.run(rowid);
      const doc = docs.get(rowid);
      if (doc) insert.run(rowid, ...SEARCH_FIELDS.map((f) => indexText(doc[f])));
    }
  }
}

/** Re-indexes the cases changed since the last search; returns how many. */
export function refreshSearchIndex(db: Db): number {
  const pending = stmt<[], number>(db, 'SELECT case_rowid FROM search_dirty');
  if (pending.pluck().get() === undefined) return 0;
  return db.transaction(() => {
    const dirty = pending.pluck().all();
    writeCases(db, dirty, true);
    const done = stmt(db, 'DELETE FROM search_dirty WHERE case_rowid = ?');
    for (const rowid of dirty) done.run(rowid);
    return dirty.length;
  })();
}

/** Indexes every case into an empty case_search, in rowid order (the migration, a repair). */
export function buildSearchIndex(db: Db, onProgress?: (done: number) => void): void {
  const batch = 2000;
  const page = stmt<[number, number], number>(
    db,
    'SELECT rowid FROM cases WHERE rowid > ? ORDER BY rowid LIMIT ?',
  ).pluck();
  let done = 0;
  for (let rowids = page.all(0, batch); rowids.length; rowids = page.all(rowids.at(-1)!, batch)) {
    writeCases(db, rowids, false);
    onProgress?.((done += rowids.length));
  }
  stmt(db, 'DELETE FROM search_dirty').run();
}
