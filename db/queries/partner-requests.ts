import type { Language, Severity } from '../../core/domain';
import type { PartnerCategory, PartnerRequest, PartnerRequestEvent } from '../../core/partner-requests';
import type { Db } from '../open';
import { stmt } from '../statements';
import {
  authorColumns,
  fromTrackingRow,
  lifecycleWrites,
  listing,
  trackingColumns,
  type TrackingRow,
} from './handoff-tracking';

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

const COLUMNS = `p.id, ${authorColumns('p')}, p.category, p.title, p.description, p.severity,
  p.business_impact AS businessImpact, p.contact, ${trackingColumns('p')}`;

type Row = TrackingRow<PartnerRequest>;
const toRequest = (row: Row): PartnerRequest => fromTrackingRow(row);

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
    `SELECT ${COLUMNS} FROM partner_requests p JOIN agents a ON a.id = p.agent_id ${listing('p')}`,
  )
    .all(args.open ? 1 : 0, args.limit)
    .map(toRequest);
}

export const partnerWrites = lifecycleWrites('partner_requests');

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
