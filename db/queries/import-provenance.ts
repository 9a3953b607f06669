// The provenance of imported rows (migration 0120): one row per import, one mark per row it added.
import { stmt, type Db } from '../statements';

export type ImportedTable =
  'agents' | 'customers' | 'contacts' | 'cases' | 'case_events' | 'handovers' | 'handover_events';

export interface ImportRow {
  id: string;
  fileName: string | null;
  checksum: string;
  sourceId: string;
  exportedById: string;
  exportedByName: string;
  exportedAt: number;
  importedBy: string;
  importedAt: number;
}

export function insertImport(db: Db, row: ImportRow): void {
  stmt(
    db,
    `INSERT INTO imports (id, kind, file_name, checksum, source_id, exported_by_id, exported_by_name, exported_at,
       imported_by, imported_at)
     VALUES (@id, 'handover_file', @fileName, @checksum, @sourceId, @exportedById, @exportedByName, @exportedAt,
       @importedBy, @importedAt)`,
  ).run(row);
}

/** Marks rows as brought in by an import; a row marked already keeps its first mark. */
export function markImported(
  db: Db,
  table: ImportedTable,
  rowIds: readonly string[],
  importId: string,
): void {
  if (rowIds.length === 0) return;
  stmt(
    db,
    `INSERT INTO imported_rows (table_name, row_id, import_id)
     SELECT ?, value, ? FROM json_each(?) WHERE true ON CONFLICT DO NOTHING`,
  ).run(table, importId, JSON.stringify(rowIds));
}

/** The import that brought a row, or undefined for a row written here. */
export function provenanceOf(db: Db, table: ImportedTable, rowId: string): ImportRow | undefined {
  return stmt<[string, string], ImportRow>(
    db,
    `SELECT i.id, i.file_name AS fileName, i.checksum, i.source_id AS sourceId, i.exported_by_id AS exportedById,
       i.exported_by_name AS exportedByName, i.exported_at AS exportedAt, i.imported_by AS importedBy,
       i.imported_at AS importedAt
     FROM imported_rows r JOIN imports i ON i.id = r.import_id
     WHERE r.table_name = ? AND r.row_id = ?`,
  ).get(table, rowId);
}
