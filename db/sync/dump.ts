import type { Database } from 'better-sqlite3';
import { syncedColumns } from './columns';
import { SYNCED_TABLES } from './tables';

/**
 * Every synced table as canonical text: its synced columns, rows in key order. Two workstations that have
 * converged give the same text, byte for byte.
 */
export function canonicalDump(db: Database): string {
  return SYNCED_TABLES.map((table) => {
    const columns = syncedColumns(db, table);
    const local = table.localRows ? `WHERE NOT (${table.localRows(`"${table.name}"`)})` : '';
    const rows = db
      .prepare(
        `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table.name}" ${local} ORDER BY ${table.pk.map((c) => `"${c}"`).join(', ')}`,
      )
      .raw()
      .all();
    return `${table.name} ${JSON.stringify(columns)}\n${rows.map((r) => JSON.stringify(r)).join('\n')}`;
  }).join('\n');
}
