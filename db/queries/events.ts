import { stmt, type Db } from '../statements';

export interface EventRow {
  id: string;
  caseId: string;
  agentId: string;
  at: number;
  kind: string;
  payload: unknown;
}

export function appendEvent(db: Db, row: EventRow): void {
  stmt(
    db,
    `INSERT INTO case_events (id, case_id, agent_id, at, kind, payload)
     VALUES (@id, @caseId, @agentId, @at, @kind, @payload)`,
  ).run({ ...row, payload: JSON.stringify(row.payload) });
}

export interface EventWithAgent extends EventRow {
  agentName: string;
}

/** A case's timeline, oldest first. */
export function listEvents(db: Db, caseId: string): EventWithAgent[] {
  const rows = stmt<[string], Omit<EventWithAgent, 'payload'> & { payload: string }>(
    db,
    `SELECT e.id, e.case_id AS caseId, e.agent_id AS agentId, a.name AS agentName, e.at, e.kind, e.payload
     FROM case_events e JOIN agents a ON a.id = e.agent_id
     WHERE e.case_id = ? ORDER BY e.at, e.id`,
  ).all(caseId);
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as unknown }));
}

export function getEvent(db: Db, id: string): EventRow | undefined {
  const row = stmt<[string], Omit<EventRow, 'payload'> & { payload: string }>(
    db,
    'SELECT id, case_id AS caseId, agent_id AS agentId, at, kind, payload FROM case_events WHERE id = ?',
  ).get(id);
  return row && { ...row, payload: JSON.parse(row.payload) as unknown };
}

/** The text of a note as last edited, or undefined when it was never edited. */
export function lastNoteEdit(db: Db, caseId: string, noteId: string): string | undefined {
  const row = stmt<[string, string], { body: string }>(
    db,
    `SELECT json_extract(payload, '$.body') AS body FROM case_events
     WHERE case_id = ? AND kind = 'note_edited' AND json_extract(payload, '$.noteId') = ?
     ORDER BY at DESC, id DESC LIMIT 1`,
  ).get(caseId, noteId);
  return row?.body;
}

/** Who logged the case: the agent of its `created` event. */
export function caseCreator(db: Db, caseId: string): string | undefined {
  return stmt<[string], string>(
    db,
    "SELECT agent_id FROM case_events WHERE case_id = ? AND kind = 'created' ORDER BY at, id LIMIT 1",
  )
    .pluck()
    .get(caseId);
}
