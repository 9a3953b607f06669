// The handover history's search index (migration 0230): one document per handover, its stored search
// text, tokens written by the app as for cases (./tokens.ts). A handover never changes once written, so
// the trigger only names new ones in handover_search_dirty; the next search indexes them first.
import { stmt, type Db } from '../statements';
import { indexText } from './tokens';

function writeHandovers(db: Db, rows: readonly { rowid: number; text: string }[]): void {
  const insert = stmt(db, 'INSERT INTO handover_search (rowid, text) VALUES (?, ?)');
  for (const r of rows) insert.run(r.rowid, indexText([r.text]));
}

const TEXT_OF = `SELECT h.rowid, h.search_text AS text FROM handovers h`;

/** Indexes the handovers written since the last search; returns how many. */
export function refreshHandoverIndex(db: Db): number {
  const pending = stmt<[], number>(db, 'SELECT handover_rowid FROM handover_search_dirty').pluck();
  if (pending.get() === undefined) return 0;
  return db.transaction(() => {
    const rows = stmt<[], { rowid: number; text: string }>(
      db,
      `${TEXT_OF} JOIN handover_search_dirty d ON d.handover_rowid = h.rowid`,
    ).all();
    writeHandovers(db, rows);
    stmt(db, 'DELETE FROM handover_search_dirty').run();
    return rows.length;
  })();
}

/** Indexes every handover into an empty handover_search (the migration). */
export function buildHandoverIndex(db: Db): void {
  writeHandovers(db, stmt<[], { rowid: number; text: string }>(db, TEXT_OF).all());
}
