import type { Db } from '../open';
import { stmt } from '../statements';

export function serviceExists(db: Db, key: string): boolean {
  return (
    stmt<[string], { one: number }>(db, 'SELECT 1 AS one FROM services WHERE key = ?').get(key) !== undefined
  );
}
