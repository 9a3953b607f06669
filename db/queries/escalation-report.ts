import type { WaitingRequest } from '../../core/escalation-report';
import type { SupportArea } from '../../core/domain';
import { stmt, type Db } from '../statements';

export interface SubmittedEscalationRow {
  id: string;
  caseId: string;
  caseNumber: string;
  title: string;
  service: string;
  supportArea: SupportArea;
  agentId: string;
  agentName: string;
  reasons: string[];
  submittedAt: number;
}

/** Escalations submitted in [from, to), read off the submitted_at index, with their reasons. */
export function submittedEscalations(db: Db, from: number, to: number): SubmittedEscalationRow[] {
  return stmt<[number, number], Omit<SubmittedEscalationRow, 'reasons'> & { reasons: string }>(
    db,
    `SELECT e.id, e.case_id AS caseId, c.number AS caseNumber, e.title, e.service, c.support_area AS supportArea,
       e.agent_id AS agentId, a.name AS agentName, e.submitted_at AS submittedAt,
       (SELECT json_group_array(r.reason) FROM escalation_reasons r WHERE r.escalation_id = e.id) AS reasons
     FROM escalations e JOIN cases c ON c.id = e.case_id JOIN agents a ON a.id = e.agent_id
     WHERE e.submitted_at >= ? AND e.submitted_at < ?
     ORDER BY e.submitted_at, e.id`,
  )
    .all(from, to)
    .map((r) => ({ ...r, reasons: JSON.parse(r.reasons) as string[] }));
}

/**
 * Per period ([start, end) pairs), the cases created in it and how many of those have been escalated by
 * now: counted in SQL over the created_at index, so a year of a busy desk is not read row by row.
 */
export function casesCreatedPerPeriod(
  db: Db,
  periods: readonly { start: number; end: number }[],
): { created: number; escalated: number }[] {
  const rows = stmt<[string], { i: number; created: number; escalated: number }>(
    db,
    `SELECT p.key AS i, count(c.id) AS created,
       coalesce(sum(EXISTS (SELECT 1 FROM escalations e WHERE e.case_id = c.id AND e.submitted_at IS NOT NULL)), 0)
         AS escalated
     FROM json_each(?) p
     LEFT JOIN cases c ON c.created_at >= json_extract(p.value, '$[0]') AND c.created_at < json_extract(p.value, '$[1]')
     GROUP BY p.key ORDER BY p.key`,
  ).all(JSON.stringify(periods.map((p) => [p.start, p.end])));
  return rows.map(({ created, escalated }) => ({ created, escalated }));
}

/** Partner Center requests submitted in [from, to). */
export function partnerRequestsSubmitted(db: Db, from: number, to: number): number {
  return stmt<[number, number], { n: number }>(
    db,
    'SELECT count(*) AS n FROM partner_requests WHERE submitted_at >= ? AND submitted_at < ?',
  ).get(from, to)!.n;
}

/** The service adds how long each has waited, up to the report's generation. */
export type WaitingRow = Omit<WaitingRequest, 'waitingMs'>;

/** Everything 21Vianet has and has not yet answered with a solution, the oldest first. */
export function waitingOn21v(db: Db): WaitingRow[] {
  return stmt<[], WaitingRow>(
    db,
    `SELECT 'escalation' AS kind, e.id, e.case_id AS caseId, c.number AS caseNumber, c.customer_name AS customerName,
       e.title, e.request_number AS requestNumber, e.status, e.submitted_at AS submittedAt
     FROM escalations e JOIN cases c ON c.id = e.case_id WHERE e.status IN ('submitted', 'contacted')
     UNION ALL
     SELECT 'partner_request', p.id, NULL, NULL, NULL, p.title, p.request_number, p.status, p.submitted_at
     FROM partner_requests p WHERE p.status IN ('submitted', 'contacted')
     ORDER BY submittedAt, id`,
  ).all();
}
