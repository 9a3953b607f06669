import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/open';

export interface RecordedStatement {
  sql: string;
  method: 'all' | 'get' | 'run' | 'iterate';
  params: unknown[];
}

/**
 * A view of a connection that notes every statement run through it (SQL, method, parameters), so the
 * benchmark can replay exactly the service's SQL on a bare connection as the baseline.
 */
export function recordingDb(db: Db, log: RecordedStatement[]): Db {
  return new Proxy(db, {
    get(target, key, receiver) {
      if (key !== 'prepare') {
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (sql: string) => {
        const statement = target.prepare(sql);
        return new Proxy(statement, {
          get(st, method, r) {
            const value: unknown = Reflect.get(st, method, r);
            if (typeof value !== 'function') return value;
            if (method === 'all' || method === 'get' || method === 'run' || method === 'iterate') {
              return (...params: unknown[]) => {
                log.push({ sql, method, params });
                return (value as (...p: unknown[]) => unknown).apply(st, params);
              };
            }
            return (value as (...p: unknown[]) => unknown).bind(st);
          },
        });
      };
    },
  });
}

/** Runs the recorded statements on `db` as the service did (iterators drained). */
export function replay(db: Db, log: RecordedStatement[], cache: Map<string, Statement<unknown[]>>): void {
  for (const { sql, method, params } of log) {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare<unknown[]>(sql)));
    if (method === 'iterate') for (const _ of statement.iterate(...params));
    else statement[method](...params);
  }
}
