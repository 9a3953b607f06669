import { formatHhmm, parseHhmm, type Weekday } from '../../core/local-time';
import type { PatternShift, RosterException } from '../../core/roster';
import { stmt, type Db } from '../statements';

// Times are stored as minutes after local midnight (checked by the schema) and cross the contract as HH:MM.
const minutes = (hhmm: string) => {
  const m = parseHhmm(hhmm);
  if (m === null) throw new RangeError(`not a clock time: ${hhmm}`);
  return m;
};

interface ShiftRow {
  id: string;
  weekday: Weekday;
  startMinute: number;
  endMinute: number;
  agentId: string;
}

const toShift = (r: ShiftRow): PatternShift => ({
  id: r.id,
  weekday: r.weekday,
  start: formatHhmm(r.startMinute),
  end: formatHhmm(r.endMinute),
  agentId: r.agentId,
});

export function listPattern(db: Db): PatternShift[] {
  return stmt<[], ShiftRow>(
    db,
    `SELECT id, weekday, start_minute AS startMinute, end_minute AS endMinute, agent_id AS agentId
     FROM roster_shifts ORDER BY weekday, start_minute, end_minute, id`,
  )
    .all()
    .map(toShift);
}

export function getPatternShift(db: Db, id: string): PatternShift | undefined {
  const row = stmt<[string], ShiftRow>(
    db,
    `SELECT id, weekday, start_minute AS startMinute, end_minute AS endMinute, agent_id AS agentId
     FROM roster_shifts WHERE id = ?`,
  ).get(id);
  return row && toShift(row);
}

export function insertPatternShift(db: Db, shift: PatternShift & { createdAt: number }): void {
  stmt(
    db,
    `INSERT INTO roster_shifts (id, weekday, start_minute, end_minute, agent_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(shift.id, shift.weekday, minutes(shift.start), minutes(shift.end), shift.agentId, shift.createdAt);
}

export function updatePatternShift(db: Db, shift: PatternShift): boolean {
  return (
    stmt(
      db,
      'UPDATE roster_shifts SET weekday = ?, start_minute = ?, end_minute = ?, agent_id = ? WHERE id = ?',
    ).run(shift.weekday, minutes(shift.start), minutes(shift.end), shift.agentId, shift.id).changes > 0
  );
}

export function deletePatternShift(db: Db, id: string): boolean {
  return stmt(db, 'DELETE FROM roster_shifts WHERE id = ?').run(id).changes > 0;
}

interface ExceptionRow {
  id: string;
  kind: RosterException['kind'];
  agentId: string;
  coverAgentId: string | null;
  fromDate: string;
  toDate: string;
  startMinute: number | null;
  endMinute: number | null;
  note: string;
}

function toException(r: ExceptionRow): RosterException {
  const base = { id: r.id, agentId: r.agentId, note: r.note };
  switch (r.kind) {
    case 'leave':
      return { ...base, kind: 'leave', fromDate: r.fromDate, toDate: r.toDate };
    case 'swap':
      return { ...base, kind: 'swap', coverAgentId: r.coverAgentId ?? '', date: r.fromDate };
    case 'extra':
      return {
        ...base,
        kind: 'extra',
        date: r.fromDate,
        start: formatHhmm(r.startMinute ?? 0),
        end: formatHhmm(r.endMinute ?? 0),
      };
  }
}

const EXCEPTION_COLUMNS = `id, kind, agent_id AS agentId, cover_agent_id AS coverAgentId, from_date AS fromDate,
  to_date AS toDate, start_minute AS startMinute, end_minute AS endMinute, note`;

/** Exceptions that touch dates on or after `fromDate` (older ones no longer change anything), by date. */
export function listExceptions(db: Db, fromDate: string): RosterException[] {
  return stmt<[string], ExceptionRow>(
    db,
    `SELECT ${EXCEPTION_COLUMNS} FROM roster_exceptions WHERE to_date >= ? ORDER BY from_date, id`,
  )
    .all(fromDate)
    .map(toException);
}

export function insertException(db: Db, e: RosterException & { createdAt: number }): void {
  const row = {
    id: e.id,
    kind: e.kind,
    agentId: e.agentId,
    coverAgentId: e.kind === 'swap' ? e.coverAgentId : null,
    fromDate: e.kind === 'leave' ? e.fromDate : e.date,
    toDate: e.kind === 'leave' ? e.toDate : e.date,
    startMinute: e.kind === 'extra' ? minutes(e.start) : null,
    endMinute: e.kind === 'extra' ? minutes(e.end) : null,
    note: e.note,
    createdAt: e.createdAt,
  };
  stmt(
    db,
    `INSERT INTO roster_exceptions (id, kind, agent_id, cover_agent_id, from_date, to_date, start_minute,
       end_minute, note, created_at)
     VALUES (@id, @kind, @agentId, @coverAgentId, @fromDate, @toDate, @startMinute, @endMinute, @note, @createdAt)`,
  ).run(row);
}

export function deleteException(db: Db, id: string): boolean {
  return stmt(db, 'DELETE FROM roster_exceptions WHERE id = ?').run(id).changes > 0;
}

/** How many pattern rows and upcoming exceptions name the agent (an inactive agent's rows stop counting). */
export function rosterUsesOf(db: Db, agentId: string, fromDate: string): number {
  return stmt<[string, string, string, string], { n: number }>(
    db,
    `SELECT (SELECT count(*) FROM roster_shifts WHERE agent_id = ?)
       + (SELECT count(*) FROM roster_exceptions WHERE (agent_id = ? OR cover_agent_id = ?) AND to_date >= ?) AS n`,
  ).get(agentId, agentId, agentId, fromDate)!.n;
}
