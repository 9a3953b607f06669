import type pg from 'pg';
import { serverNewer } from './errors';
import { SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from './server-migrations';

// One lock key for schema changes: two workstations creating the desk at once take turns.
const SCHEMA_LOCK = 0x5d5c_0001;

/** The desk's schema version on the server; 0 when no desk was ever created there. */
export async function serverSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query(`SELECT to_regclass('shiftdesk.schema_version') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return 0;
  const { rows } = await client.query('SELECT coalesce(max(version), 0) AS v FROM shiftdesk.schema_version');
  return Number(rows[0].v);
}

/** Refuses a server whose schema is newer than this ShiftDesk knows: it must not write there. */
export async function assertServerKnown(client: pg.ClientBase): Promise<number> {
  const version = await serverSchemaVersion(client);
  if (version > SERVER_SCHEMA_VERSION) throw serverNewer(version, SERVER_SCHEMA_VERSION);
  return version;
}

/** Creates the desk's schema, or brings it up to this version, in one transaction. */
export async function migrateServer(client: pg.ClientBase): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query('CREATE SCHEMA IF NOT EXISTS shiftdesk');
    await client.query(
      `CREATE TABLE IF NOT EXISTS shiftdesk.schema_version (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const current = await assertServerKnown(client);
    for (const m of SERVER_MIGRATIONS.filter((m) => m.version > current)) {
      await client.query(m.sql);
      await client.query('INSERT INTO shiftdesk.schema_version (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
    }
    await client.query('COMMIT');
    return SERVER_SCHEMA_VERSION;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
