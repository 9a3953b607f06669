import type { DutySession, SessionEndKind } from '../../core/duty';
import type { Db } from '../open';
import { stmt } from '../statements';

/** A sign-in as stored: its agent by id. */
export interface OpenSession extends Pick<DutySession, 'id' | 'startedAt'> {
  agentId: string;
}

/** The sign-in in progress at this workstation, if any (the schema allows only one). */
export function openSession(db: Db): OpenSession | undefined {
  return stmt<[], OpenSession>(
    db,
    'SELECT id, agent_id AS agentId, started_at AS startedAt FROM duty_sessions WHERE ended_at IS NULL',
  ).get();
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
 * Who was signed in at an instant (a session covers [started_at, ended_at)). Sessions never overlap, so
 * only the last one to start by then can cover it: one index step, however long the history.
 */
export function sessionAt(db: Db, at: number): OpenSession | undefined {
  const row = stmt<[number], OpenSession & { endedAt: number | null }>(
    db,
    `SELECT id, agent_id AS agentId, started_at AS startedAt, ended_at AS endedAt FROM duty_sessions
     WHERE started_at <= ? ORDER BY started_at DESC, id DESC LIMIT 1`,
  ).get(at);
  if (!row || (row.endedAt !== null && row.endedAt <= at)) return undefined;
  return { id: row.id, agentId: row.agentId, startedAt: row.startedAt };
}

export function insertSession(db: Db, row: OpenSession): void {
  stmt(db, 'INSERT INTO duty_sessions (id, agent_id, started_at) VALUES (@id, @agentId, @startedAt)').run(
    row,
  );
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
