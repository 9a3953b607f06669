import type { Db as Database } from '../../db/open';
import type pg from 'pg';
import { workstationCodeOf } from '../../core/case-number';
import { startCapture } from '../../db/sync/snapshot';
import { readSyncState } from '../../db/sync/state';
import { SyncError } from './errors';
import { migrateServer } from './server-schema';
import { withClient } from './with-client';

export interface JoinOptions {
  deskName: string;
  workstationName: string;
  appVersion: string;
}

/**
 * Joins the desk on this server, creating its schema if this is the first workstation: registers the
 * workstation (its code comes from the desk, once), then turns capture on with the whole local log queued.
 */
export async function joinDesk(db: Database, pool: pg.Pool, options: JoinOptions) {
  const code = await withClient(pool, async (client) => {
    await migrateServer(client);
    await client.query('INSERT INTO shiftdesk.desk (name) VALUES ($1) ON CONFLICT (one) DO NOTHING', [
      options.deskName,
    ]);
    const desk = await client.query('SELECT name FROM shiftdesk.desk');
    if (desk.rows[0].name !== options.deskName) {
      throw new SyncError(
        'not_a_desk',
        `This server holds the desk "${desk.rows[0].name}", not "${options.deskName}".`,
      );
    }
    const { workstationId, workstationCode } = readSyncState(db);
    const code =
      workstationCode ??
      workstationCodeOf(
        Number((await client.query(`SELECT nextval('shiftdesk.workstation_codes') AS n`)).rows[0].n),
      );
    await client.query(
      `INSERT INTO shiftdesk.workstations (id, name, code, app_version) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, app_version = excluded.app_version, last_seen = now()`,
      [workstationId, options.workstationName, code, options.appVersion],
    );
    return code;
  });
  return { code, queued: startCapture(db, code) };
}
