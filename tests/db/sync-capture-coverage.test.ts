import { expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { SYNCED_TABLES } from '../../db/sync/tables';
import { tempDbPath } from '../helpers/temp-db';

// Each synced table's capture triggers are created by the migration that made the table (0110 for those it
// found): a table added to the synced list without them would never reach another workstation.
it('captures every synced table, and no other, once the case log is migrated', () => {
  const db = openDatabase(tempDbPath());
  try {
    const triggers = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'`)
      .pluck()
      .all() as string[];
    const expected = SYNCED_TABLES.flatMap((t) =>
      // A timeline is only ever added to.
      (t.appendOnly ? ['insert'] : ['insert', 'update', 'delete']).map(
        (op) => `sync_capture_${t.name}_${op}`,
      ),
    );
    expect([...triggers].sort()).toEqual([...expected].sort());
  } finally {
    db.close();
  }
});
