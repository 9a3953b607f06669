import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This case log was written by a newer version of ShiftDesk (schema ${found}; this version knows up to ${known}). ` +
        `Update ShiftDesk to open it. / 此案例日志由更新版本的 ShiftDesk 创建（架构 ${found}，当前版本支持到 ${known}），请先升级 ShiftDesk。`,
    );
    this.name = 'SchemaTooNewError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer version, before anything touches the file. */
export function assertKnownSchema(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const known = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > known) throw new SchemaTooNewError(current, known);
}

/** Applies every pending migration in one transaction; refuses a database from a newer version. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertOrdered(migrations);
  assertKnownSchema(db, migrations);
  const known = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);

  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return known;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const prev = migrations[i - 1];
    if (!Number.isInteger(m.version) || m.version <= 0 || (prev && m.version <= prev.version)) {
      throw new Error(`Migrations out of order at ${m.version}-${m.name}`);
    }
  });
}
