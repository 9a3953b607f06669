import { buildHandoverIndex } from '../search/handover-index';
import type { Migration } from './types';

// Handover history searches as the case list does (docs/search.md): the query language, and tokens the
// app writes, so that one- and two-character terms are index lookups rather than a LIKE over every
// handover. 0070's trigram table and its trigger go.
export const handoverSearch: Migration = {
  version: 230,
  name: 'handover-search',
  up(db) {
    db.exec(`
      DROP TRIGGER handovers_text_insert;
      DROP TABLE handover_text;

      CREATE VIRTUAL TABLE handover_search USING fts5(
        text, content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1 2'
      );
      CREATE TABLE handover_search_dirty (handover_rowid INTEGER PRIMARY KEY) STRICT;
      CREATE TRIGGER handover_search_insert AFTER INSERT ON handovers
      BEGIN INSERT OR IGNORE INTO handover_search_dirty (handover_rowid) VALUES (NEW.rowid); END;
    `);
    buildHandoverIndex(db);
  },
};
