import type { Language, Severity } from '../../electron/contract/domain';
import type { HandoffStatus } from '../../electron/contract/escalation-status';
import type {
  PartnerCategory,
  PartnerRequest,
  PartnerRequestEvent,
} from '../../electron/contract/partner-requests';
import type { Db } from '../open';
import { stmt } from '../statements';

export interface PartnerDraftRow {
  id: string;
  agentId: string;
  category: PartnerCategory;
  title: string;
  description: string;
  severity: Severity;
  businessImpact: string;
  contact: string;
  summaryLanguage: Language;
  queuedOffline: boolean;
  at: number;
}

const COLUMNS = `p.id, p.agent_id AS agentId, a.name AS agentName, p.status, p.category, p.title, p.description,
  p.severity, p.business_impact AS businessImpact, p.contact, p.summary_language AS summaryLanguage,
  p.queued_offline AS queuedOffline, p.request_number AS requestNumber, p.vianet_severity AS vianetSeverity,
  p.vianet_contact AS vianetContact, p.created_at AS createdAt, p.updated_at AS updatedAt,
  p.submitted_at AS submittedAt, p.ended_at AS endedAt`;

type Row = Omit<PartnerRequest, 'queuedOffline'> & { queuedOffline: 0 | 1 };
const toRequest = (row: Row): PartnerRequest => ({ ...row, queuedOffline: row.queuedOffline === 1 });

export function insertPartnerDraft(db: Db, row: PartnerDraftRow): void {
  stmt(
    db,
    `INSERT INTO partner_requests (id, category, title, description, status, severity, business_impact,
       contact, summary_language, queued_offline, agent_id, created_at, updated_at)
     VALUES (@id, @category, @title, @description, 'draft', @severity, @businessImpact,
       @contact, @summaryLanguage, @queuedOffline, @agentId, @at, @at)`,
  ).run({ ...row, queuedOffline: row.queuedOffline ? 1 : 0 });
}

export function updatePartnerDraft(db: Db, row: PartnerDraftRow): void {
  stmt(
    db,
    `UPDATE partner_requests SET category = @category, title = @title, description = @description,
       severity = @severity, business_impact = @businessImpact, contact = @contact,
       summary_language = @summaryLanguage, queued_offline = @queuedOffline, updated_at = @at
     WHERE id = @id AND status = 'draft'`,
  ).run({
    id: row.id,
    category: row.category,
    title: row.title,
    description: row.description,
    severity: row.severity,
    businessImpact: row.businessImpact,
    contact: row.contact,
    summaryLanguage: row.summaryLanguage,
    queuedOffline: row.queuedOffline ? 1 : 0,
    at: row.at,
  });
}

export function getPartnerRequest(db: Db, id: string): PartnerRequest | undefined {
  const row = stmt<[string], Row>(
    db,
    `SELECT ${COLUMNS} FROM partner_requests p JOIN agents a ON a.id = p.agent_id WHERE p.id = ?`,
  ).get(id);
  return row && toRequest(row);
}

export function listPartnerRequests(db: Db, args: { open: boolean; limit: number }): PartnerRequest[] {
  return stmt<[number, number], Row>(
    db,
    `SELECT ${COLUMNS} FROM partner_requests p JOIN agents a ON a.id = p.agent_id
     WHERE (? = 0 OR p.status IN ('draft', 'submitted', 'contacted', 'solution_given'))
     ORDER BY p.updated_at DESC, p.id DESC LIMIT ?`,
  )
    .all(args.open ? 1 : 0, args.limit)
    .map(toRequest);
}

export function markPartnerSubmitted(
  db: Db,
  args: { id: string; requestNumber: string; vianetSeverity: Severity; vianetContact: string; at: number },
): void {
  stmt(
    db,
    `UPDATE partner_requests SET status = 'submitted', request_number = @requestNumber,
       vianet_severity = @vianetSeverity, vianet_contact = @vianetContact, submitted_at = @at, updated_at = @at
     WHERE id = @id AND status = 'draft'`,
  ).run(args);
}

export function setPartnerStatus(db: Db, id: string, status: HandoffStatus, at: number): void {
  stmt(
    db,
    `UPDATE partner_requests SET status = @status, updated_at = @at,
       ended_at = CASE WHEN @status IN ('closed', 'withdrawn') THEN @at ELSE NULL END
     WHERE id = @id`,
  ).run({ id, status, at });
}

export function deletePartnerDraft(db: Db, id: string): boolean {
  return stmt(db, `DELETE FROM partner_requests WHERE id = ? AND status = 'draft'`).run(id).changes === 1;
}

export function appendPartnerEvent(
  db: Db,
  row: { id: string; requestId: string; agentId: string; at: number; kind: string; payload: unknown },
): void {
  stmt(
    db,
    `INSERT INTO partner_request_events (id, request_id, agent_id, at, kind, payload)
     VALUES (@id, @requestId, @agentId, @at, @kind, @payload)`,
  ).run({ ...row, payload: JSON.stringify(row.payload) });
}

export function partnerEvents(db: Db, requestId: string): PartnerRequestEvent[] {
  return stmt<[string], Omit<PartnerRequestEvent, 'payload'> & { payload: string }>(
    db,
    `SELECT e.id, e.request_id AS requestId, e.kind, e.at, e.agent_id AS agentId, a.name AS agentName, e.payload
     FROM partner_request_events e JOIN agents a ON a.id = e.agent_id
     WHERE e.request_id = ? ORDER BY e.at, e.id`,
  )
    .all(requestId)
    .map((r) => ({ ...r, payload: JSON.parse(r.payload) }) as PartnerRequestEvent);
}
