import type { Database } from 'better-sqlite3';
import type { SyncedTable } from './tables';

/** The columns of a synced table that travel, in table order. */
export function syncedColumns(db: Database, table: SyncedTable): string[] {
  const all = db
    .prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid')
    .pluck()
    .all(table.name) as string[];
  return all.filter((c) => !table.localColumns?.includes(c));
}
