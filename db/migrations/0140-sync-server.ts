import type { Migration } from './types';

// Where this workstation syncs: the desk's server and how its password is kept. A table of its own, not a
// setting, so that it can never be captured and sent to the other workstations (db/sync/tables.ts).
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
    `);
  },
};
