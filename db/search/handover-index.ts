// The handover history's search index (migration 0230): one document per handover, its stored search
// text, tokens written by the app as for cases. A handover never changes once written, so the trigger
// only names new ones in handover_search_dirty; the next search indexes them first (./index-writer.ts).
import { stmt, type Db } from '../statements';
import { buildIndex, refreshIndex, type DocumentIndex } from './index-writer';

const IN_LIST = 'IN (SELECT value FROM json_each(?))';

export const HANDOVER_INDEX: DocumentIndex<'text'> = {
  table: 'handover_search',
  dirty: 'handover_search_dirty',
  dirtyColumn: 'handover_rowid',
  source: 'handovers',
  fields: ['text'],
  read: (db, rowids) =>
    new Map(
      stmt<[string], { rowid: number; text: string }>(
        db,
        `SELECT rowid, search_text AS text FROM handovers WHERE rowid ${IN_LIST}`,
      )
        .all(JSON.stringify(rowids))
        .map((r) => [r.rowid, { text: [r.text] }]),
    ),
};

/** Indexes the handovers written since the last search; returns how many. */
export const refreshHandoverIndex = (db: Db) => refreshIndex(db, HANDOVER_INDEX);

/** Indexes every handover into an empty handover_search (the migration). */
export const buildHandoverIndex = (db: Db) => buildIndex(db, HANDOVER_INDEX);
