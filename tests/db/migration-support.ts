// Shared set-up for the migration tests: a case log left at an older version, then opened through a newer one.
import { expect, onTestFinished } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import type { Migration } from '../../db/migrations/types';
import { openDatabase, type Db } from '../../db/open';
import { tempDbPath } from '../helpers/temp-db';

/** The migrations before `version`: those that wrote a case log of the version before it. */
export const migrationsBefore = (version: number) => MIGRATIONS.filter((m) => m.version < version);

/** The migrations up to and including `version`. */
export const migrationsThrough = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

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

/**
 * A new case log as the version before `version` left it, holding the rows `seed` inserts, then opened
 * through `migrations` (all of them unless given); it stays open until the test ends.
 */
export function migratedLog(version: number, seed: string, migrations?: readonly Migration[]): Db {
  const file = tempDbPath();
  seedCaseLog(file, migrationsBefore(version), seed);
  return openMigrated(file, migrations);
}
