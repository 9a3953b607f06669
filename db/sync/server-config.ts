import type { SyncServer } from '../../core/sync';
import { stmt, type Db } from '../statements';

export interface StoredSyncServer {
  server: SyncServer;
  sealedPassword: string | null;
  /** Whether joining the desk succeeded once: from then on the app syncs at every start. */
  joined: boolean;
}

export function readSyncServer(db: Db): StoredSyncServer | null {
  const row = stmt<[], { config: string; sealed_password: string | null; joined: number }>(
    db,
    'SELECT config, sealed_password, joined FROM sync_server',
  ).get();
  if (!row) return null;
  return {
    server: JSON.parse(row.config) as SyncServer,
    sealedPassword: row.sealed_password,
    joined: row.joined === 1,
  };
}

export function writeSyncServer(db: Db, stored: StoredSyncServer): void {
  stmt(
    db,
    `INSERT INTO sync_server (one, config, sealed_password, joined) VALUES (1, ?, ?, ?)
     ON CONFLICT (one) DO UPDATE SET config = excluded.config, sealed_password = excluded.sealed_password,
       joined = excluded.joined`,
  ).run(JSON.stringify(stored.server), stored.sealedPassword, stored.joined ? 1 : 0);
}

export function markJoined(db: Db): void {
  stmt(db, 'UPDATE sync_server SET joined = 1').run();
}
