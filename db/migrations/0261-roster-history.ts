import { uuidv7 } from '../ids';
import { captureTriggerSql } from '../sync/capture-sql';
import { SYNCED_BY_NAME } from '../sync/tables';
import type { Migration } from './types';

// The weekly pattern as it stood after each change, so that a report on past weeks counts the shifts that
// were rostered then, not the pattern as it stands now. A record is the whole pattern, written once and
// never changed, so records from two workstations sync without settling anything. The pattern a desk has
// when it first migrates is recorded as in force since ever (at 0): what stood before is not known, and
// reports have taken the pattern as it stands for every past week until now.
export const rosterHistory: Migration = {
  version: 261,
  name: 'roster-history',
  up(db) {
    db.exec(`
      CREATE TABLE roster_pattern_records (
        id TEXT PRIMARY KEY,
        at INTEGER NOT NULL,
        -- [{id, weekday, start, end, agentId}], start and end as HH:MM (core/roster.ts PatternShift).
        pattern TEXT NOT NULL CHECK (json_valid(pattern) AND json_type(pattern) = 'array')
      ) STRICT;
      CREATE INDEX roster_pattern_records_at ON roster_pattern_records (at, id);
    `);
    db.exec(captureTriggerSql(db, SYNCED_BY_NAME.get('roster_pattern_records')!));
    const now = db
      .prepare(
        `SELECT count(*) AS n, json_group_array(json_object('id', id, 'weekday', weekday,
           'start', printf('%02d:%02d', start_minute / 60, start_minute % 60),
           'end', printf('%02d:%02d', end_minute / 60, end_minute % 60), 'agentId', agent_id)) AS pattern
         FROM (SELECT * FROM roster_shifts ORDER BY weekday, start_minute, end_minute, id)`,
      )
      .get() as { n: number; pattern: string };
    if (now.n > 0) {
      db.prepare('INSERT INTO roster_pattern_records (id, at, pattern) VALUES (?, 0, ?)').run(
        uuidv7(0),
        now.pattern,
      );
    }
  },
};
