import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';

/** A connection to the case log (opened by open.ts). */
export type Db = Database.Database;

const cache = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, compiled once per connection. */
export function stmt<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Statement<P, R> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let s = perDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    perDb.set(sql, s);
  }
  return s as unknown as Statement<P, R>;
}
