import type { Database } from 'better-sqlite3';
import { syncedColumns } from './columns';
import type { SyncedTable } from './tables';

// Capture: three triggers per synced table write each local change into sync_outbox in the statement's own
// transaction, stamped with the next tick of the workstation's hybrid logical clock, and note the tick
// against each column changed (sync_row_clock), which is what a change from elsewhere is settled against.
// They stand aside while sync is off (a desk without a server keeps no outbox) and while the puller applies
// changes from elsewhere (sync_applying), so that those are never sent back.

const NOW_MS = `CAST(unixepoch('subsec') * 1000 AS INTEGER)`;
/** The clock's text form sorts as the clock: milliseconds, counter, then the workstation id for ties. */
export const HLC_TEXT = `printf('%013d.%06d.%s', hlc_ms, hlc_n, workstation_id)`;
const TICK = `UPDATE sync_state SET hlc_n = CASE WHEN ${NOW_MS} > hlc_ms THEN 0 ELSE hlc_n + 1 END,
    hlc_ms = max(hlc_ms, ${NOW_MS});`;
const CAPTURING = `(SELECT capturing FROM sync_state) = 1 AND NOT EXISTS (SELECT 1 FROM sync_applying)`;
const LAST = `(SELECT max(seq) FROM sync_outbox)`;

const q = (name: string) => `"${name}"`;

function rowObject(row: 'NEW' | 'OLD', columns: readonly string[]): string {
  return `json_object(${columns.map((c) => `'${c}', ${row}.${q(c)}`).join(', ')})`;
}

function pkArray(row: 'NEW' | 'OLD', table: SyncedTable): string {
  return `json_array(${table.pk.map((c) => `${row}.${q(c)}`).join(', ')})`;
}

const changed = (columns: readonly string[]) => columns.map((c) => `NEW.${q(c)} IS NOT OLD.${q(c)}`);

function outbox(table: SyncedTable, op: string, pk: string, data: string, where = ''): string {
  return `INSERT INTO sync_outbox (tbl, pk, op, data, hlc)
    SELECT '${table.name}', ${pk}, '${op}', d, ${HLC_TEXT} FROM sync_state, (SELECT ${data} AS d) ${where};`;
}

/** Notes the last captured change's tick against its columns, and whether it left the row in place. */
function rowClock(alive: 0 | 1, existence: boolean): string {
  const clocks = existence
    ? `json_set((SELECT json_group_object(key, o.hlc) FROM json_each(o.data)), '$."$row"', o.hlc)`
    : `(SELECT json_group_object(key, o.hlc) FROM json_each(o.data))`;
  const forDelete = alive === 0;
  return `INSERT INTO sync_row_clock (tbl, pk, clocks, alive, ghost)
    SELECT o.tbl, o.pk, ${forDelete ? `json_object('$row', o.hlc)` : clocks}, ${alive}, ${forDelete ? 'o.data' : 'NULL'}
    FROM sync_outbox o WHERE o.seq = ${LAST}
    ON CONFLICT (tbl, pk) DO UPDATE SET clocks = json_patch(clocks, excluded.clocks), alive = excluded.alive,
      ghost = excluded.ghost;`;
}

export function captureTriggerSql(db: Database, table: SyncedTable): string {
  const columns = syncedColumns(db, table);
  const when = (row: 'NEW' | 'OLD') =>
    `WHEN ${CAPTURING}${table.localRows ? ` AND NOT (${table.localRows(row)})` : ''}`;
  const name = (op: string) => `sync_capture_${table.name}_${op}`;
  const insert = `CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${table.name} ${when('NEW')} BEGIN
    ${TICK}
    ${outbox(table, 'insert', pkArray('NEW', table), rowObject('NEW', columns))}
    ${table.appendOnly ? '' : rowClock(1, true)}
  END;`;
  if (table.appendOnly) return insert;

  const pairs = columns.map(
    (c) => `SELECT '${c}' AS c, NEW.${q(c)} AS v WHERE NEW.${q(c)} IS NOT OLD.${q(c)}`,
  );
  const updateData = table.wholeRow
    ? rowObject('NEW', columns)
    : `(SELECT json_group_object(c, v) FROM (${pairs.join(' UNION ALL ')}))`;
  const update = `CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${table.name}
    ${when('NEW')} AND (${changed(columns).join(' OR ')}) BEGIN
    ${TICK}
    ${outbox(table, 'update', pkArray('NEW', table), updateData)}
    ${rowClock(1, false)}
  END;`;
  // The row as it was goes with its removal: a later re-insert elsewhere settles against it.
  const remove = `CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${table.name} ${when('OLD')} BEGIN
    ${TICK}
    ${outbox(table, 'delete', pkArray('OLD', table), rowObject('OLD', columns))}
    ${rowClock(0, true)}
  END;`;
  return [insert, update, remove].join('\n');
}

export function dropCaptureTriggerSql(table: SyncedTable): string {
  return ['insert', 'update', 'delete']
    .map((op) => `DROP TRIGGER IF EXISTS sync_capture_${table.name}_${op};`)
    .join('\n');
}
