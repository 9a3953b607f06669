import { captureTriggerSql, dropCaptureTriggerSql } from '../sync/capture-sql';
import { SYNCED_BY_NAME } from '../sync/tables';
import type { Migration } from './types';

// Where this workstation syncs: the desk's server and how its password is kept. A table of its own, not a
// setting, so that it can never be captured and sent to the other workstations (db/sync/tables.ts).
// And two more kinds of sync conflict: a unique value (a tenant domain, a request number) that two rows
// took while apart, and a change that could not be applied at all, kept whole rather than stopping the pull.
// And which attachment contents have travelled. And the hand-off download folder becomes a setting of its
// own that stays on the workstation (a path on one machine means nothing on another), so the settings'
// capture triggers are made again with the longer list of local keys.
export const syncServer: Migration = {
  version: 140,
  name: 'sync-server',
  up(db) {
    db.exec(`
      CREATE TABLE sync_server (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        -- JSON: host, port, database, user, tls, deskName, workstationName (core/sync.ts).
        config TEXT NOT NULL CHECK (json_valid(config)),
        -- The password sealed by the system's key store (Electron safeStorage), never in clear.
        sealed_password TEXT,
        joined INTEGER NOT NULL DEFAULT 0 CHECK (joined IN (0, 1))
      ) STRICT;

      CREATE TABLE sync_conflicts_next (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('field_lost', 'edit_of_removed', 'unique_lost', 'not_applied')),
        column_name TEXT,
        lost_value TEXT,
        lost_hlc TEXT NOT NULL,
        won_hlc TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO sync_conflicts_next SELECT * FROM sync_conflicts;
      DROP TABLE sync_conflicts;
      ALTER TABLE sync_conflicts_next RENAME TO sync_conflicts;
      CREATE INDEX sync_conflicts_row ON sync_conflicts (tbl, pk);

      -- Attachment contents known to be both here and on the desk's server (db/sync/blobs.ts).
      CREATE TABLE sync_blobs (sha256 TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

      INSERT INTO settings (key, value)
        SELECT 'handoffDownloadDir', json_quote(json_extract(value, '$.downloadDir')) FROM settings
        WHERE key = 'handoff' AND json_extract(value, '$.downloadDir') IS NOT NULL;
      UPDATE settings SET value = json_remove(value, '$.downloadDir')
        WHERE key = 'handoff' AND json_extract(value, '$.downloadDir') IS NOT NULL;
    `);
    const settings = SYNCED_BY_NAME.get('settings')!;
    db.exec(dropCaptureTriggerSql(settings));
    db.exec(captureTriggerSql(db, settings));
  },
};
