import type { Db } from '../open';
import { stmt } from '../statements';

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
