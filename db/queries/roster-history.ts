import type { PatternRecord, PatternShift } from '../../core/roster';
import { uuidv7 } from '../ids';
import { stmt, type Db } from '../statements';

/** Records the weekly pattern as it stands from `at` on (after a change to it). */
export function recordPattern(db: Db, at: number, pattern: readonly PatternShift[]): void {
  stmt(db, 'INSERT INTO roster_pattern_records (id, at, pattern) VALUES (?, ?, ?)').run(
    uuidv7(at),
    at,
    JSON.stringify(pattern),
  );
}

/**
 * The records that say which pattern was in force over [from, to), oldest first: the last one made at or
 * before `from` and those made since (roster_pattern_records_at index).
 */
export function patternRecords(db: Db, from: number, to: number): PatternRecord[] {
  return stmt<[{ from: number; to: number }], { at: number; pattern: string }>(
    db,
    `SELECT at, pattern FROM roster_pattern_records
     WHERE at < @to AND at >= coalesce((SELECT max(at) FROM roster_pattern_records WHERE at <= @from), 0)
     ORDER BY at, id`,
  )
    .all({ from, to })
    .map((r) => ({ at: r.at, pattern: JSON.parse(r.pattern) as PatternShift[] }));
}
