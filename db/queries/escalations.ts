import type { CaseStatus, Language, Severity, SupportArea } from '../../core/domain';
import type { HandoffStatus } from '../../core/escalation-status';
import type {
  Escalation,
  EscalationListItem,
  EscalationReasonEntry,
  HandoffTarget,
} from '../../core/escalations';
import type { Db } from '../open';
import { stmt } from '../statements';
import {
  authorColumns,
  fromTrackingRow,
  lifecycleWrites,
  listing,
  OPEN_STATUSES,
  trackingColumns,
  type TrackingRow,
} from './handoff-tracking';

/** What the desk writes when it prepares (or re-prepares) a draft. */
export interface EscalationDraftRow {
  id: string;
  caseId: string;
  agentId: string;
  service: string;
  severity: Severity;
  title: string;
  issue: string;
  tried: string;
  businessImpact: string;
  contact: string;
  target: HandoffTarget;
  summaryLanguage: Language;
  queuedOffline: boolean;
  at: number;
}

// Reasons in the seed's order (training, documentation, tools), as one JSON array per escalation.
const REASONS = `(SELECT json_group_array(json_object('reason', r.reason, 'evidence', r.evidence)
    ORDER BY CASE r.reason WHEN 'training' THEN 1 WHEN 'documentation' THEN 2 ELSE 3 END)
  FROM escalation_reasons r WHERE r.escalation_id = e.id)`;

const COLUMNS = `e.id, e.case_id AS caseId, ${authorColumns('e')}, e.tried, ${REASONS} AS reasons, e.service,
  e.severity, e.title, e.issue, e.business_impact AS businessImpact, e.contact, e.target, ${trackingColumns('e')}`;

type Row = Omit<TrackingRow<Escalation>, 'reasons'> & { reasons: string };
const toEscalation = <R extends Row>(row: R) => ({
  ...fromTrackingRow(row),
  reasons: JSON.parse(row.reasons) as EscalationReasonEntry[],
});

export function insertEscalationDraft(db: Db, row: EscalationDraftRow): void {
  stmt(
    db,
    `INSERT INTO escalations (id, case_id, service, title, issue, tried, target, status, severity,
       business_impact, contact, summary_language, queued_offline, agent_id, created_at, updated_at)
     VALUES (@id, @caseId, @service, @title, @issue, @tried, @target, 'draft', @severity,
       @businessImpact, @contact, @summaryLanguage, @queuedOffline, @agentId, @at, @at)`,
  ).run({ ...row, queuedOffline: row.queuedOffline ? 1 : 0 });
}

/** Rewrites a draft's fields; the agent who prepared it stays its author. */
export function updateEscalationDraft(db: Db, row: EscalationDraftRow): void {
  stmt(
    db,
    `UPDATE escalations SET service = @service, title = @title, issue = @issue, tried = @tried,
       target = @target, severity = @severity, business_impact = @businessImpact, contact = @contact,
       summary_language = @summaryLanguage, queued_offline = @queuedOffline, updated_at = @at
     WHERE id = @id AND status = 'draft'`,
  ).run({
    id: row.id,
    service: row.service,
    title: row.title,
    issue: row.issue,
    tried: row.tried,
    target: row.target,
    severity: row.severity,
    businessImpact: row.businessImpact,
    contact: row.contact,
    summaryLanguage: row.summaryLanguage,
    queuedOffline: row.queuedOffline ? 1 : 0,
    at: row.at,
  });
}

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

export function getEscalation(db: Db, id: string): Escalation | undefined {
  const row = stmt<[string], Row>(
    db,
    `SELECT ${COLUMNS} FROM escalations e JOIN agents a ON a.id = e.agent_id WHERE e.id = ?`,
  ).get(id);
  return row && toEscalation(row);
}

/** A case's escalations, the newest first. */
export function escalationsOfCase(db: Db, caseId: string): Escalation[] {
  return stmt<[string], Row>(
    db,
    `SELECT ${COLUMNS} FROM escalations e JOIN agents a ON a.id = e.agent_id
     WHERE e.case_id = ? ORDER BY e.created_at DESC, e.id DESC`,
  )
    .all(caseId)
    .map(toEscalation);
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

type ListRow = Row & {
  caseNumber: string;
  caseTitle: string;
  caseStatus: CaseStatus;
  supportArea: SupportArea;
  customerId: string;
  customerName: string;
};

/** Escalations with their cases, most recently changed first; `open` leaves out closed and withdrawn. */
export function listEscalations(db: Db, args: { open: boolean; limit: number }): EscalationListItem[] {
  return stmt<[number, number], ListRow>(
    db,
    `SELECT ${COLUMNS}, c.number AS caseNumber, c.title AS caseTitle, c.status AS caseStatus,
       c.support_area AS supportArea, c.customer_id AS customerId, c.customer_name AS customerName
     FROM escalations e JOIN agents a ON a.id = e.agent_id JOIN cases c ON c.id = e.case_id
     ${listing('e')}`,
  )
    .all(args.open ? 1 : 0, args.limit)
    .map(toEscalation);
}

export const escalationWrites = lifecycleWrites('escalations');

/** 21Vianet numbers its requests once, whichever kind they are. */
export function requestNumberTaken(db: Db, requestNumber: string): boolean {
  return (
    stmt<[string, string], { n: number }>(
      db,
      `SELECT (SELECT count(*) FROM escalations WHERE request_number = ?)
            + (SELECT count(*) FROM partner_requests WHERE request_number = ?) AS n`,
    ).get(requestNumber, requestNumber)!.n > 0
  );
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
