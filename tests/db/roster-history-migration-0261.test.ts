import { describe, expect, it } from 'vitest';
import { migratedLog } from './migration-support';

describe('migration 0261: the roster pattern as recorded', () => {
  it('records the pattern a desk has as in force since ever, once', () => {
    const db = migratedLog(
      261,
      `INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '值班坐席', 'lead', 1);
       INSERT INTO roster_shifts (id, weekday, start_minute, end_minute, agent_id, created_at)
         VALUES ('r2', 1, 1320, 360, 'a1', 7), ('r1', 1, 480, 1440, 'a1', 5);`,
    );
    const rows = db.prepare('SELECT at, pattern FROM roster_pattern_records').all() as {
      at: number;
      pattern: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.at).toBe(0);
    expect(JSON.parse(rows[0]!.pattern)).toEqual([
      { id: 'r1', weekday: 1, start: '08:00', end: '24:00', agentId: 'a1' },
      { id: 'r2', weekday: 1, start: '22:00', end: '06:00', agentId: 'a1' },
    ]);
  });

  it('records nothing for a desk without a pattern', () => {
    const db = migratedLog(261, `SELECT 1;`);
    expect(db.prepare('SELECT count(*) FROM roster_pattern_records').pluck().get()).toBe(0);
  });
});
