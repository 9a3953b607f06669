import pg from 'pg';
import { expect, test } from 'vitest';
import { freshDatabase } from '../helpers/pg-database';

test('each test file gets a database of its own on a PostgreSQL 15 or later', async () => {
  const client = new pg.Client(await freshDatabase());
  await client.connect();
  const { rows } = await client.query<{ v: string; db: string }>(
    `SELECT current_setting('server_version_num') AS v, current_database() AS db`,
  );
  await client.end();
  expect(Number(rows[0]!.v)).toBeGreaterThanOrEqual(150000);
  expect(rows[0]!.db).toMatch(/^sd_/);
});
