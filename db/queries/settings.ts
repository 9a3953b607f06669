import { stmt, type Db } from '../statements';

export function readSetting(db: Db, key: string): unknown {
  const row = stmt<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key);
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
