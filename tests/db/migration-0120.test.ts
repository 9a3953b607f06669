import { describe, expect, it } from 'vitest';
import { migratedLog } from './migration-support';

describe('migration 0120 (import provenance)', () => {
  it('upgrades a version-110 file and keeps its provenance append-only', () => {
    const db = migratedLog(
      120,
      `INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '值班坐席', 'lead', 1);`,
    );
    db.exec(`INSERT INTO imports (id, kind, checksum, source_id, exported_by_id, exported_by_name, exported_at,
      imported_by, imported_at) VALUES ('i1', 'handover_file', 'x', 'h1', 'a9', '张敏', 1, 'a1', 2);
      INSERT INTO imported_rows (table_name, row_id, import_id) VALUES ('cases', 'c1', 'i1');`);
    expect(() => db.exec(`UPDATE imports SET imported_by = 'a1'`)).toThrow(/append-only/);
    expect(() => db.exec(`DELETE FROM imported_rows`)).toThrow(/append-only/);
    expect(() =>
      db.exec(`INSERT INTO imported_rows (table_name, row_id, import_id) VALUES ('cases', 'c2', 'nope')`),
    ).toThrow(/FOREIGN KEY/);
  });
});
