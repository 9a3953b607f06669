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

/** Every setting of the desk, by key (diagnostics). */
export function allSettings(db: Db): Record<string, unknown> {
  const rows = stmt<[], { key: string; value: string }>(
    db,
    'SELECT key, value FROM settings ORDER BY key',
  ).all();
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}
