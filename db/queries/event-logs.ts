// The append-only timelines: a case's, a handover's, a Partner Center request's. Each row names its owner,
// the agent, the time, a kind and a JSON payload; only the owner's column differs from log to log.
import { stmt, type Db } from '../statements';

export interface EventLog {
  table: string;
  /** The owner's column, and the key of the row that carries it. */
  owner: { column: string; key: string };
}

export const CASE_EVENTS: EventLog = { table: 'case_events', owner: { column: 'case_id', key: 'caseId' } };
export const HANDOVER_EVENTS: EventLog = {
  table: 'handover_events',
  owner: { column: 'handover_id', key: 'handoverId' },
};
export const PARTNER_REQUEST_EVENTS: EventLog = {
  table: 'partner_request_events',
  owner: { column: 'request_id', key: 'requestId' },
};

export interface LogEvent {
  id: string;
  agentId: string;
  at: number;
  kind: string;
  payload: unknown;
}

/** Appends an event; `ifNew` leaves one already there alone (an import). True when the event was added. */
export function appendToLog(db: Db, log: EventLog, row: LogEvent, ifNew = false): boolean {
  const sql = `INSERT INTO ${log.table} (id, ${log.owner.column}, agent_id, at, kind, payload)
     VALUES (@id, @${log.owner.key}, @agentId, @at, @kind, @payload)${ifNew ? ' ON CONFLICT DO NOTHING' : ''}`;
  return stmt(db, sql).run({ ...row, payload: JSON.stringify(row.payload) }).changes > 0;
}
