import type { Migration } from './types';

// Where imported rows came from. An imported file is untrusted: it may only add rows, and every row it adds
// is marked with the import that brought it (which file, exported by whom and when, imported by which agent
// and when), so that an event that claims a local agent's name is always told apart from one they wrote
// here. Both tables stay on this workstation and, like the timeline, are never changed once written.
export const importProvenance: Migration = {
  version: 120,
  name: 'import-provenance',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('handover_file')),
        file_name TEXT,
        checksum TEXT NOT NULL,
        source_id TEXT NOT NULL,
        exported_by_id TEXT NOT NULL,
        exported_by_name TEXT NOT NULL,
        exported_at INTEGER NOT NULL,
        imported_by TEXT NOT NULL REFERENCES agents (id),
        imported_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE imported_rows (
        table_name TEXT NOT NULL
          CHECK (table_name IN ('agents', 'customers', 'contacts', 'cases', 'case_events', 'handovers', 'handover_events')),
        row_id TEXT NOT NULL,
        import_id TEXT NOT NULL REFERENCES imports (id) DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (table_name, row_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX imported_rows_import ON imported_rows (import_id);

      CREATE TRIGGER imports_no_update BEFORE UPDATE ON imports
        BEGIN SELECT RAISE(ABORT, 'imports is append-only'); END;
      CREATE TRIGGER imports_no_delete BEFORE DELETE ON imports
        BEGIN SELECT RAISE(ABORT, 'imports is append-only'); END;
      CREATE TRIGGER imported_rows_no_update BEFORE UPDATE ON imported_rows
        BEGIN SELECT RAISE(ABORT, 'imported_rows is append-only'); END;
      CREATE TRIGGER imported_rows_no_delete BEFORE DELETE ON imported_rows
        BEGIN SELECT RAISE(ABORT, 'imported_rows is append-only'); END;
    `);
  },
};
