// Shared set-up for the migration tests: a case log left at an older version, then opened through a newer one.
import { expect, onTestFinished } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import type { Migration } from '../../db/migrations/types';
import { openDatabase, type Db } from '../../db/open';

/** Writes `file` as the last of `migrations` left it, holding the rows that `seed` inserts. */
export function seedCaseLog(file: string, migrations: Migration[], seed: string): void {
  const db = openDatabase(file, {}, migrations);
  db.exec(seed);
  expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
  db.close();
}

/** Opens `file` through `migrations` (all of them unless given); it stays open until the test ends. */
export function openMigrated(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const db = openDatabase(file, {}, migrations);
  onTestFinished(() => {
    db.close();
  });
  return db;
}
