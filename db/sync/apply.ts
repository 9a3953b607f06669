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
        applyKept(db, change);
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

/**
 * Applies one change in a savepoint of its own. A change this log refuses (a constraint no settlement
 * resolves, such as two case numbers minted alike before their workstations joined) must not stop the
 * pull for good: it is kept whole in sync_conflicts, where the Team sync page counts it, and the pull goes on.
 */
function applyKept(db: Database, change: RemoteChange): void {
  try {
    db.transaction(() => applyOne(db, change))();
  } catch (error) {
    if (!isConstraintError(error)) throw error;
    recordConflict(db, {
      tbl: change.tbl,
      pk: change.pk,
      kind: 'not_applied',
      column: null,
      lost: JSON.stringify({ op: change.op, data: change.data, reason: (error as Error).message }),
      lostHlc: change.hlc,
      wonHlc: '',
    });
  }
}

const isConstraintError = (error: unknown) =>
  typeof (error as { code?: unknown }).code === 'string' &&
  (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

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
        recordConflict(db, lostBy(change, 'field_lost', column, value, current));
      }
    }
  }
  const wasAlive = clock.alive;
  if (change.op !== 'update' && change.hlc > (clock.clocks.$row ?? '')) {
    clock.alive = change.op === 'insert';
    clock.clocks.$row = change.hlc;
  }

  if (clock.alive) {
    if (local && wasAlive) {
      settleUnique(db, table, change, winners, clock);
      updateRow(db, table, winners, where, pk);
    } else {
      const row = { ...(clock.ghost ?? {}), ...(change.op === 'delete' ? {} : data), ...winners };
      settleUnique(db, table, change, row, clock);
      insertRow(db, table, row);
    }
    clock.ghost = null;
  } else {
    clock.ghost = { ...(clock.ghost ?? local ?? data), ...winners };
    if (local) stmt(db, `DELETE FROM "${table.name}" WHERE ${where}`).run(...pk);
    // An edit made elsewhere to a row removed here: kept with the tombstone, shown as a conflict.
    if (change.op === 'update' && Object.keys(winners).length > 0) {
      recordConflict(
        db,
        lostBy(change, 'edit_of_removed', null, JSON.stringify(winners), clock.clocks.$row ?? ''),
      );
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

interface Conflict {
  tbl: string;
  pk: string;
  kind: 'field_lost' | 'edit_of_removed' | 'unique_lost' | 'not_applied';
  column: string | null;
  lost: unknown;
  lostHlc: string;
  wonHlc: string;
}

/** A value of the incoming change that lost. */
const lostBy = (
  change: RemoteChange,
  kind: Conflict['kind'],
  column: string | null,
  lost: unknown,
  wonHlc: string,
): Conflict => ({ tbl: change.tbl, pk: change.pk, kind, column, lost, lostHlc: change.hlc, wonHlc });

function recordConflict(db: Database, c: Conflict): void {
  stmt(
    db,
    `INSERT INTO sync_conflicts (tbl, pk, kind, column_name, lost_value, lost_hlc, won_hlc, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.tbl,
    c.pk,
    c.kind,
    c.column,
    c.lost === null || c.lost === undefined ? null : JSON.stringify(c.lost),
    c.lostHlc,
    c.wonHlc,
    Date.now(),
  );
}

/**
 * Two rows that took one unique value while apart (two customers with one tenant domain): the value set
 * first, by the clock, stays where it is and the other row's is cleared, whichever arrives first here, so
 * every workstation ends alike. The cleared value is kept in sync_conflicts.
 */
function settleUnique(
  db: Database,
  table: SyncedTable,
  change: RemoteChange,
  values: Values,
  clock: RowClock,
): void {
  for (const column of table.uniqueClearable ?? []) {
    const value = values[column];
    if (value === null || value === undefined) continue;
    const others = table.pk.map((c) => `"${c}" IS NOT ?`).join(' OR ');
    const pk = JSON.parse(change.pk) as unknown[];
    const holder = stmt(
      db,
      `SELECT ${table.pk.map((c) => `"${c}"`).join(', ')} FROM "${table.name}" WHERE "${column}" = ? AND (${others})`,
    )
      .raw()
      .get(value, ...pk) as unknown[] | undefined;
    if (!holder) continue;
    const holderPk = JSON.stringify(holder);
    const holderClock = readRowClock(db, table.name, holderPk)?.clocks[column] ?? '';
    const incomingClock = clock.clocks[column] ?? change.hlc;
    if (incomingClock < holderClock) {
      const where = table.pk.map((c) => `"${c}" = ?`).join(' AND ');
      stmt(db, `UPDATE "${table.name}" SET "${column}" = NULL WHERE ${where}`).run(...holder);
      recordConflict(db, {
        tbl: table.name,
        pk: holderPk,
        kind: 'unique_lost',
        column,
        lost: value,
        lostHlc: holderClock,
        wonHlc: incomingClock,
      });
    } else {
      values[column] = null;
      recordConflict(db, lostBy(change, 'unique_lost', column, value, holderClock));
    }
  }
}
