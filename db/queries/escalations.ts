import type { HandoffStatus } from '../../core/escalation-status';
import type { Escalation, EscalationListItem, EscalationReasonEntry } from '../../core/escalations';
import { stmt, type Db } from '../statements';
import { listing, OPEN_STATUSES, trackedTable, type StoredRequest } from './tracked-requests';

// Reasons in the seed's order (training, documentation, tools), as one JSON array per escalation.
const REASONS = `(SELECT json_group_array(json_object('reason', r.reason, 'evidence', r.evidence)
    ORDER BY CASE r.reason WHEN 'training' THEN 1 WHEN 'documentation' THEN 2 ELSE 3 END)
  FROM escalation_reasons r WHERE r.escalation_id = e.id) AS reasons`;

type Own = 'caseId' | 'service' | 'issue' | 'tried' | 'target';

/** An escalation's own columns: the case it belongs to (for good), its service, issue, what was tried. */
export const escalationTable = trackedTable<Escalation, Own>(
  {
    table: 'escalations',
    alias: 'e',
    own: { caseId: 'case_id', service: 'service', issue: 'issue', tried: 'tried', target: 'target' },
    fixed: ['caseId'],
    extraColumns: REASONS,
  },
  (row) => ({ reasons: JSON.parse(row.reasons as string) as EscalationReasonEntry[] }),
);

export function replaceReasons(
  db: Db,
  escalationId: string,
  reasons: readonly EscalationReasonEntry[],
): void {
  stmt(db, 'DELETE FROM escalation_reasons WHERE escalation_id = ?').run(escalationId);
  for (const r of reasons) {
    stmt(db, 'INSERT INTO escalation_reasons (escalation_id, reason, evidence) VALUES (?, ?, ?)').run(
      escalationId,
      r.reason,
      r.evidence,
    );
  }
}

/** A case's escalations, the newest first. */
export function escalationsOfCase(db: Db, caseId: string): Escalation[] {
  const { columns, from, toRequest } = escalationTable;
  return stmt<[string], StoredRequest<Escalation>>(
    db,
    `SELECT ${columns} FROM ${from} WHERE e.case_id = ? ORDER BY e.created_at DESC, e.id DESC`,
  )
    .all(caseId)
    .map(toRequest);
}

/** The case's escalation that is not yet closed or withdrawn (there is at most one). */
export function openEscalationOfCase(
  db: Db,
  caseId: string,
): { id: string; status: HandoffStatus } | undefined {
  return stmt<[string], { id: string; status: HandoffStatus }>(
    db,
    `SELECT id, status FROM escalations
     WHERE case_id = ? AND status IN ${OPEN_STATUSES}`,
  ).get(caseId);
}

type CaseColumns = Omit<EscalationListItem, keyof Escalation>;

/** Escalations with their cases, most recently changed first; `open` leaves out closed and withdrawn. */
export function listEscalations(db: Db, args: { open: boolean; limit: number }): EscalationListItem[] {
  const { columns, from, toRequest } = escalationTable;
  return stmt<[number, number], StoredRequest<Escalation> & CaseColumns>(
    db,
    `SELECT ${columns}, c.number AS caseNumber, c.title AS caseTitle, c.status AS caseStatus,
       c.support_area AS supportArea, c.customer_id AS customerId, c.customer_name AS customerName
     FROM ${from} JOIN cases c ON c.id = e.case_id
     ${listing('e')}`,
  )
    .all(args.open ? 1 : 0, args.limit)
    .map((row) => toRequest(row) as EscalationListItem);
}

/** The case carries 21Vianet's number too: the case list shows it and search finds the case by it. */
export function setCaseRequestNumber(db: Db, caseId: string, requestNumber: string, at: number): void {
  stmt(db, 'UPDATE cases SET request_number = ?, updated_at = max(updated_at, ?) WHERE id = ?').run(
    requestNumber,
    at,
    caseId,
  );
}

export function customerPremium(db: Db, customerId: string): boolean {
  return (
    stmt<[string], { p: number }>(db, 'SELECT premium_agreement AS p FROM customers WHERE id = ?').get(
      customerId,
    )?.p === 1
  );
}

export function setCustomerPremium(db: Db, customerId: string, premium: boolean, at: number): void {
  stmt(db, 'UPDATE customers SET premium_agreement = ?, updated_at = max(updated_at, ?) WHERE id = ?').run(
    premium ? 1 : 0,
    at,
    customerId,
  );
}
