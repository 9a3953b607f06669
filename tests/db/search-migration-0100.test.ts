import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { countSearch, searchCases } from '../../db/queries/search';
import { generateDesk } from '../../scripts/bench/generate';
import { tempDbPath } from '../helpers/temp-db';
import { migrationsBefore, openMigrated } from './migration-support';
import { readReference, scan } from './search-reference';

describe('migration 0100 (case search)', () => {
  it('indexes every case of an existing log, so that the first search finds what a scan finds', () => {
    const file = tempDbPath();
    const old = openDatabase(file, {}, migrationsBefore(100));
    old.prepare("INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '值班坐席', 'lead', 1)").run();
    generateDesk(old, 'a1', 120, () => undefined);
    old.close();

    const db = openMigrated(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
    const reference = readReference(db);
    for (const query of ['邮件', '办', 'Outlook 上海', '"Guangzhou branch"', 'SD-', '-客户']) {
      const expected = scan(reference, query);
      const q = { text: query, filters: {}, limit: 500, me: 'a1' };
      expect({
        query,
        ids: searchCases(db, q)
          .hits.map((h) => h.id)
          .sort(),
      }).toEqual({ query, ids: expected });
      expect(countSearch(db, q).total).toBe(expected.length);
    }
  });
});
