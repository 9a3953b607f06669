import type { Database } from 'better-sqlite3';
import { stmt } from '../statements';
import { syncedColumns } from './columns';
import { observeClock, setPulledTo } from './state';
import { SYNCED_BY_NAME, type SyncedTable } from './tables';

/** A change from the desk's log, as the puller hands it over. */
export interface RemoteChange {
  position: number;
  workstationId: string;
  tbl: string;
  pk: string;
  op: 'insert' | 'update' | 'delete';
  data: Record<string, unknown>;
  hlc: string;
}

type Values = Record<string, unknown>;
interface RowClock {
  clocks: Record<string, string>;
  alive: boolean;
  ghost: Values | null;
}

const columnCache = new WeakMap<Database, Map<string, Set<string>>>();

function columnsOf(db: Database, table: SyncedTable): Set<string> {
  let byTable = columnCache.get(db);
  if (!byTable) columnCache.set(db, (byTable = new Map()));
  let columns = byTable.get(table.name);
  if (!columns) byTable.set(table.name, (columns = new Set(syncedColumns(db, table))));
  return columns;
}

/**
 * Applies a batch of changes from other workstations in one transaction, with the cursor moved to its last
 * position in the same transaction (a crash applies the batch wholly or not at all). Capture stands aside,
 * so none of it is sent back; the search index follows through the tables' own triggers. Foreign keys are
 * off meanwhile: the desk's order is causal for each workstation, but a reference to a row removed
 * elsewhere is a state the desk may legitimately reach.
 */
export function applyRemoteChanges(
  db: Database,
  changes: readonly RemoteChange[],
  ownId: string,
  to: number,
) {
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      stmt(db, 'INSERT INTO sync_applying (one) VALUES (1)').run();
      let latest = '';
      for (const change of changes) {
        if (change.workstationId === ownId) continue;
        applyOne(db, change);
        if (change.hlc > latest) latest = change.hlc;
      }
      if (latest) observeClock(db, latest);
      stmt(db, 'DELETE FROM sync_applying').run();
      setPulledTo(db, to);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

function applyOne(db: Database, change: RemoteChange): void {
  const table = SYNCED_BY_NAME.get(change.tbl);
  if (!table) throw new Error(`A change names a table this version does not sync: ${change.tbl}`);
  const known = columnsOf(db, table);
  const data = Object.fromEntries(Object.entries(change.data).filter(([c]) => known.has(c)));
  const pk = JSON.parse(change.pk) as unknown[];
  if (table.appendOnly) {
    if (change.op === 'insert') insertRow(db, table, data, 'OR IGNORE');
    return;
  }
  const where = table.pk.map((c) => `"${c}" = ?`).join(' AND ');
  const local = stmt(db, `SELECT * FROM "${table.name}" WHERE ${where}`).get(...pk) as Values | undefined;
  const stored = readRowClock(db, change.tbl, change.pk);
  const clock: RowClock = stored ?? { clocks: {}, alive: local !== undefined, ghost: null };

  const winners: Values = {};
  if (change.op !== 'delete') {
    for (const [column, value] of Object.entries(data)) {
      const current = clock.clocks[column] ?? '';
      if (change.hlc > current) {
        winners[column] = value;
        clock.clocks[column] = change.hlc;
      } else if (local && local[column] !== value) {
        recordConflict(db, change, 'field_lost', column, value, current);
      }
    }
  }
  const wasAlive = clock.alive;
  if (change.op !== 'update' && change.hlc > (clock.clocks.$row ?? '')) {
    clock.alive = change.op === 'insert';
    clock.clocks.$row = change.hlc;
  }

  if (clock.alive) {
    if (local && wasAlive) updateRow(db, table, winners, where, pk);
    else
      insertRow(db, table, { ...(clock.ghost ?? {}), ...(change.op === 'delete' ? {} : data), ...winners });
    clock.ghost = null;
  } else {
    clock.ghost = { ...(clock.ghost ?? local ?? data), ...winners };
    if (local) stmt(db, `DELETE FROM "${table.name}" WHERE ${where}`).run(...pk);
    // An edit made elsewhere to a row removed here: kept with the tombstone, shown as a conflict.
    if (change.op === 'update' && Object.keys(winners).length > 0) {
      recordConflict(db, change, 'edit_of_removed', null, JSON.stringify(winners), clock.clocks.$row ?? '');
    }
  }
  writeRowClock(db, change.tbl, change.pk, clock);
}

function insertRow(db: Database, table: SyncedTable, values: Values, or = ''): void {
  const columns = Object.keys(values);
  stmt(
    db,
    `INSERT ${or} INTO "${table.name}" (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...columns.map((c) => values[c]));
}

function updateRow(db: Database, table: SyncedTable, values: Values, where: string, pk: unknown[]): void {
  const columns = Object.keys(values);
  if (columns.length === 0) return;
  stmt(db, `UPDATE "${table.name}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE ${where}`).run(
    ...columns.map((c) => values[c]),
    ...pk,
  );
}

function readRowClock(db: Database, tbl: string, pk: string): RowClock | undefined {
  const row = db
    .prepare('SELECT clocks, alive, ghost FROM sync_row_clock WHERE tbl = ? AND pk = ?')
    .get(tbl, pk) as { clocks: string; alive: number; ghost: string | null } | undefined;
  return (
    row && {
      clocks: JSON.parse(row.clocks),
      alive: row.alive === 1,
      ghost: row.ghost && JSON.parse(row.ghost),
    }
  );
}

function writeRowClock(db: Database, tbl: string, pk: string, clock: RowClock): void {
  stmt(
    db,
    `INSERT INTO sync_row_clock (tbl, pk, clocks, alive, ghost) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (tbl, pk) DO UPDATE SET clocks = excluded.clocks, alive = excluded.alive, ghost = excluded.ghost`,
  ).run(
    tbl,
    pk,
    JSON.stringify(clock.clocks),
    clock.alive ? 1 : 0,
    clock.ghost && JSON.stringify(clock.ghost),
  );
}

function recordConflict(
  db: Database,
  change: RemoteChange,
  kind: 'field_lost' | 'edit_of_removed',
  column: string | null,
  lost: unknown,
  won: string,
): void {
  stmt(
    db,
    `INSERT INTO sync_conflicts (tbl, pk, kind, column_name, lost_value, lost_hlc, won_hlc, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.tbl,
    change.pk,
    kind,
    column,
    lost === null ? null : JSON.stringify(lost),
    change.hlc,
    won,
    Date.now(),
  );
}
