import type { DutySession, SessionEndKind } from '../../core/duty';
import { stmt, type Db } from '../statements';

/** A sign-in as stored: its agent by id. */
export interface OpenSession extends Pick<DutySession, 'id' | 'startedAt'> {
  agentId: string;
}

const SESSION = 'id, agent_id AS agentId, started_at AS startedAt';

/** The sign-in in progress at a terminal (an app window, a browser tab), if any. */
export function openSessionAt(db: Db, terminalId: string): OpenSession | undefined {
  return stmt<[string], OpenSession>(
    db,
    `SELECT ${SESSION} FROM duty_sessions WHERE terminal_id = ? AND ended_at IS NULL`,
  ).get(terminalId);
}

/** Every sign-in in progress, newest first, with its terminal (null for one from before terminals). */
export function openSessions(db: Db): (OpenSession & { terminalId: string | null })[] {
  return stmt<[], OpenSession & { terminalId: string | null }>(
    db,
    `SELECT ${SESSION}, terminal_id AS terminalId FROM duty_sessions WHERE ended_at IS NULL
     ORDER BY started_at DESC, id DESC`,
  ).all();
}

/** Moves a sign-in in progress to another terminal (the app window after a restart). */
export function moveSession(db: Db, id: string, terminalId: string): void {
  stmt(db, 'UPDATE duty_sessions SET terminal_id = ? WHERE id = ? AND ended_at IS NULL').run(terminalId, id);
}

/** The latest sign-in at a terminal, open or ended. */
export function lastSessionAt(db: Db, terminalId: string): OpenSession | undefined {
  return stmt<[string], OpenSession>(
    db,
    `SELECT ${SESSION} FROM duty_sessions WHERE terminal_id = ? ORDER BY started_at DESC, id DESC LIMIT 1`,
  ).get(terminalId);
}

/** The most recent sign-in, open or ended. */
export function lastSession(db: Db): OpenSession | undefined {
  return stmt<[], OpenSession>(
    db,
    `SELECT id, agent_id AS agentId, started_at AS startedAt FROM duty_sessions
     ORDER BY started_at DESC, id DESC LIMIT 1`,
  ).get();
}

/**
 * Who was signed in at an instant (a session covers [started_at, ended_at)): the latest sign-in to cover it,
 * when terminals overlap. Walks the sessions backwards from the instant and stops at the first that covers it.
 */
export function sessionAt(db: Db, at: number): OpenSession | undefined {
  return stmt<[number, number], OpenSession>(
    db,
    `SELECT ${SESSION} FROM duty_sessions WHERE started_at <= ? AND (ended_at IS NULL OR ended_at > ?)
     ORDER BY started_at DESC, id DESC LIMIT 1`,
  ).get(at, at);
}

export function insertSession(db: Db, row: OpenSession & { terminalId: string }): void {
  stmt(
    db,
    `INSERT INTO duty_sessions (id, agent_id, started_at, terminal_id)
     VALUES (@id, @agentId, @startedAt, @terminalId)`,
  ).run(row);
}

export interface SessionEnd {
  id: string;
  endedAt: number;
  endKind: SessionEndKind;
  endedBy: string;
  overrideReason: string | null;
}

export function endSession(db: Db, end: SessionEnd): void {
  stmt(
    db,
    `UPDATE duty_sessions SET ended_at = @endedAt, end_kind = @endKind, ended_by = @endedBy,
       override_reason = @overrideReason
     WHERE id = @id AND ended_at IS NULL`,
  ).run(end);
}

interface SessionRow extends Omit<DutySession, 'agent' | 'endedBy'> {
  agentId: string;
  agentName: string;
  endedById: string | null;
  endedByName: string | null;
}

/** The latest sign-ins, newest first. */
export function recentSessions(db: Db, limit: number): DutySession[] {
  return stmt<[number], SessionRow>(
    db,
    `SELECT s.id, s.agent_id AS agentId, a.name AS agentName, s.started_at AS startedAt, s.ended_at AS endedAt,
       s.end_kind AS endKind, s.ended_by AS endedById, e.name AS endedByName, s.override_reason AS overrideReason
     FROM duty_sessions s JOIN agents a ON a.id = s.agent_id LEFT JOIN agents e ON e.id = s.ended_by
     ORDER BY s.started_at DESC, s.id DESC LIMIT ?`,
  )
    .all(limit)
    .map((r) => ({
      id: r.id,
      agent: { id: r.agentId, name: r.agentName },
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      endKind: r.endKind,
      endedBy: r.endedById ? { id: r.endedById, name: r.endedByName ?? '' } : null,
      overrideReason: r.overrideReason,
    }));
}
