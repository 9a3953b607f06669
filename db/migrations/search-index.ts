// A search index whose tokens the app writes (docs/search.md, db/search/tokens.ts): a contentless FTS5 table
// that answers one- and two-character terms from its prefix indexes, and a table of the rows to re-index,
// which triggers fill and the next search empties. Indented as the migrations that first created them
// stored them.
export interface SearchIndex {
  /** The FTS5 table. */
  table: string;
  /** The rows to re-index, by the rowid of the indexed table's row. */
  dirty: { table: string; rowid: string };
}

export const searchTableSql = ({ table }: SearchIndex, columns: string): string =>
  `CREATE VIRTUAL TABLE ${table} USING fts5(
        ${columns},
        content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1 2'
      );`;

export const dirtyTableSql = ({ dirty }: SearchIndex): string =>
  `CREATE TABLE ${dirty.table} (${dirty.rowid} INTEGER PRIMARY KEY) STRICT;`;

/** Names one row to re-index, by its rowid. */
export const markDirtySql = ({ dirty }: SearchIndex, rowid: string): string =>
  `INSERT OR IGNORE INTO ${dirty.table} (${dirty.rowid}) VALUES (${rowid})`;

/** Names the rows of `table` whose `column` is `value` to re-index. */
export const markDirtyWhereSql = (
  { dirty }: SearchIndex,
  table: string,
  column: string,
  value: string,
): string =>
  `INSERT OR IGNORE INTO ${dirty.table} (${dirty.rowid}) SELECT rowid FROM ${table} WHERE ${column} = ${value}`;

/** The triggers `<prefix>_insert`, `_update` (of `columns`) and `_delete` that mark a row of `table`. */
export const rowTriggersSql = (index: SearchIndex, prefix: string, table: string, columns: string): string =>
  `CREATE TRIGGER ${prefix}_insert AFTER INSERT ON ${table} BEGIN ${markDirtySql(index, 'NEW.rowid')}; END;
      CREATE TRIGGER ${prefix}_update
        AFTER UPDATE OF ${columns} ON ${table}
      BEGIN ${markDirtySql(index, 'NEW.rowid')}; END;
      CREATE TRIGGER ${prefix}_delete AFTER DELETE ON ${table} BEGIN ${markDirtySql(index, 'OLD.rowid')}; END;`;
