// Writes generated cases and their timelines straight into the case log, through the real schema and its
// triggers. Each call is two statements, one for the cases and one for the events, fed from JSON: SQLite
// opens a savepoint at every statement of a transaction and FTS5 writes its pending terms out at each, so
// one INSERT per row would cut the search index into thousands of tiny segments and spend the time merging.
import type { Db } from '../../db/open';

export interface GeneratedCase {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  title: string;
  description: string;
  supportArea: string;
  service: string;
  severity: string;
  channel: string;
  status: string;
  requestNumber: string | null;
  createdAt: number;
  updatedAt: number;
  /** Closed cases are done with their clocks; open ones get theirs from the SLA service afterwards. */
  slaState: 'running' | 'done';
}

export interface GeneratedEvent {
  id: string;
  caseId: string;
  at: number;
  kind: string;
  payload: unknown;
}

/** Takes the next number of `year`'s case sequence, as the app does. */
export function nextCaseNumber(db: Db, year: number): number {
  return (
    db
      .prepare(
        `INSERT INTO case_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
      )
      .get(year) as { last: number }
  ).last;
}

/** Inserts the cases, then their events, all by `agentId`; call inside a transaction. */
export function insertGenerated(
  db: Db,
  agentId: string,
  cases: readonly GeneratedCase[],
  events: readonly GeneratedEvent[],
): void {
  db.prepare(
    `INSERT INTO cases (id, number, customer_id, customer_name, title, description, support_area, service, severity,
       channel, status, request_number, created_by, created_at, updated_at, sla_state)
     SELECT value ->> 'id', value ->> 'number', value ->> 'customerId', value ->> 'customerName', value ->> 'title',
       value ->> 'description', value ->> 'supportArea', value ->> 'service', value ->> 'severity',
       value ->> 'channel', value ->> 'status', value ->> 'requestNumber', @agentId, value ->> 'createdAt',
       value ->> 'updatedAt', value ->> 'slaState'
     FROM json_each(@rows)`,
  ).run({ agentId, rows: JSON.stringify(cases) });
  db.prepare(
    `INSERT INTO case_events (id, case_id, agent_id, at, kind, payload)
     SELECT value ->> 'id', value ->> 'caseId', @agentId, value ->> 'at', value ->> 'kind', value ->> 'payload'
     FROM json_each(@rows)`,
  ).run({ agentId, rows: JSON.stringify(events.map((e) => ({ ...e, payload: JSON.stringify(e.payload) }))) });
}
