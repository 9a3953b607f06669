// The history of what lost when a change settled here (sync_conflicts): created by 0110, rebuilt by 0140 with
// the same columns to admit more kinds of loss. The text is indented as those migrations first stored it.
import { sqlList } from '../sql-lists';

export const syncConflictsTableSql = (name: string, kinds: readonly string[]): string =>
  `CREATE TABLE ${name} (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ${sqlList(kinds)}),
        column_name TEXT,
        lost_value TEXT,
        lost_hlc TEXT NOT NULL,
        won_hlc TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;`;
