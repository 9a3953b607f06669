import type { Database } from 'better-sqlite3';
import { HLC_TEXT } from './capture-sql';
import { syncedColumns } from './columns';
import { SYNCED_TABLES } from './tables';

/**
 * Turns capture on and, in the same transaction, queues the whole local log as of now: a workstation that
 * joins a desk brings everything it already holds. One clock tick stamps it all; rows the desk already
 * has (the built-in services) settle against the desk's copies like any other change.
 */
export function startCapture(db: Database, workstationCode: string): number {
  return db
    .transaction(() => {
      const state = db.prepare('SELECT capturing FROM sync_state').pluck().get() as number;
      db.prepare('UPDATE sync_state SET workstation_code = ?, capturing = 1').run(workstationCode);
      if (state === 1) return 0;
      const now = Date.now();
      db.prepare(
        'UPDATE sync_state SET hlc_n = CASE WHEN ? > hlc_ms THEN 0 ELSE hlc_n + 1 END, hlc_ms = max(hlc_ms, ?)',
      ).run(now, now);
      const hlc = db.prepare(`SELECT ${HLC_TEXT} FROM sync_state`).pluck().get() as string;
      let queued = 0;
      for (const table of SYNCED_TABLES) {
        const columns = syncedColumns(db, table);
        const pk = `json_array(${table.pk.map((c) => `"${c}"`).join(', ')})`;
        // (Always a WHERE: SQLite needs one before an upsert's ON CONFLICT in INSERT … SELECT.)
        const where = `WHERE ${table.localRows ? `NOT (${table.localRows(`"${table.name}"`)})` : 'true'}`;
        const data = `json_object(${columns.map((c) => `'${c}', "${c}"`).join(', ')})`;
        queued += db
          .prepare(
            `INSERT INTO sync_outbox (tbl, pk, op, data, hlc)
           SELECT '${table.name}', ${pk}, 'insert', ${data}, @hlc FROM "${table.name}" ${where}`,
          )
          .run({ hlc }).changes;
        if (table.appendOnly) continue;
        const clocks = `json_object('$row', @hlc, ${columns.map((c) => `'${c}', @hlc`).join(', ')})`;
        db.prepare(
          `INSERT INTO sync_row_clock (tbl, pk, clocks, alive)
         SELECT '${table.name}', ${pk}, ${clocks}, 1 FROM "${table.name}" ${where}
         ON CONFLICT (tbl, pk) DO NOTHING`,
        ).run({ hlc });
      }
      return queued;
    })
    .immediate();
}
