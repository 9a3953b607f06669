import type pg from 'pg';
import type { SyncWorkstation } from '../../core/sync';

/** Marks this workstation as seen (with the version it runs) and lists the desk's workstations. */
export async function seeWorkstations(
  pool: pg.Pool,
  workstationId: string,
  appVersion: string,
): Promise<SyncWorkstation[]> {
  await pool.query('UPDATE shiftdesk.workstations SET last_seen = now(), app_version = $2 WHERE id = $1', [
    workstationId,
    appVersion,
  ]);
  const { rows } = await pool.query<{
    id: string;
    name: string;
    code: string;
    app_version: string;
    last_seen: Date;
  }>('SELECT id, name, code, app_version, last_seen FROM shiftdesk.workstations ORDER BY code');
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    code: r.code,
    appVersion: r.app_version,
    lastSeen: r.last_seen.getTime(),
    thisOne: r.id === workstationId,
  }));
}
