import type { Database } from 'better-sqlite3';
import { stmt } from '../statements';

export interface SyncState {
  workstationId: string;
  workstationCode: string | null;
  capturing: boolean;
  pulledTo: number;
}

export function readSyncState(db: Database): SyncState {
  const row = stmt(
    db,

    `SELECT workstation_id AS workstationId, workstation_code AS workstationCode, capturing, pulled_to AS pulledTo
       FROM sync_state`,
  ).get() as Omit<SyncState, 'capturing'> & { capturing: number };
  return { ...row, capturing: row.capturing === 1 };
}

/** The code this workstation puts in the case numbers it mints, once it has joined a desk. */
export function workstationCode(db: Database): string | null {
  return stmt(db, 'SELECT workstation_code FROM sync_state').pluck().get() as string | null;
}

export function setPulledTo(db: Database, position: number): void {
  stmt(db, 'UPDATE sync_state SET pulled_to = ? WHERE pulled_to < ?').run(position, position);
}

/** Moves the clock past one seen from elsewhere, so that every later local change sorts after it. */
export function observeClock(db: Database, hlc: string): void {
  const [ms, n] = hlc.split('.').map(Number) as [number, number];
  stmt(
    db,
    `UPDATE sync_state SET hlc_n = CASE WHEN ? > hlc_ms THEN ? WHEN ? = hlc_ms THEN max(hlc_n, ?) ELSE hlc_n END,
       hlc_ms = max(hlc_ms, ?)`,
  ).run(ms, n, ms, n, ms);
}
