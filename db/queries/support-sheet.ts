import type { Channel } from '../../core/domain';
import type { SheetFilter, SupportSheetSend, SupportSheetTemplate } from '../../core/support-sheet';
import { SHEET_TEMPLATE_ID } from '../migrations/0240-support-sheet';
import { stmt, type Db } from '../statements';

interface TemplateRow {
  zh: string;
  en: string;
  version: number;
  updatedAt: number;
  byId: string | null;
  byName: string | null;
}

/** The desk's template (migration 0240 seeds it, so it is always there). */
export function readSheetTemplate(db: Db): SupportSheetTemplate {
  const r = stmt<[string], TemplateRow>(
    db,
    `SELECT t.body_zh AS zh, t.body_en AS en, t.version, t.updated_at AS updatedAt,
       a.id AS byId, a.name AS byName
     FROM support_sheet_template t LEFT JOIN agents a ON a.id = t.updated_by WHERE t.id = ?`,
  ).get(SHEET_TEMPLATE_ID)!;
  return {
    version: r.version,
    bodies: { 'zh-CN': r.zh, en: r.en },
    updatedAt: r.updatedAt,
    updatedBy: r.byId ? { id: r.byId, name: r.byName! } : null,
  };
}

/** The next version of the template, if it is still at `from`; false when another save came first. */
export function writeSheetTemplate(
  db: Db,
  w: { bodies: SupportSheetTemplate['bodies']; from: number; at: number; by: string },
): boolean {
  return (
    stmt(
      db,
      `UPDATE support_sheet_template SET body_zh = ?, body_en = ?, version = version + 1, updated_at = ?,
         updated_by = ?
       WHERE id = ? AND version = ?`,
    ).run(w.bodies['zh-CN'], w.bodies.en, w.at, w.by, SHEET_TEMPLATE_ID, w.from).changes > 0
  );
}

/** A send as it is written: the contract's, with the recording agent by id. */
export type SheetSendWrite = Omit<SupportSheetSend, 'recordedBy'> & { recordedBy: string };

export function insertSheetSend(db: Db, w: SheetSendWrite): void {
  stmt(
    db,
    `INSERT INTO support_sheet_sends (id, customer_id, template_version, sent_at, contact_id, contact_name,
       channel, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    w.id,
    w.customerId,
    w.templateVersion,
    w.sentAt,
    w.contact?.id ?? null,
    w.contact?.name ?? null,
    w.channel,
    w.recordedAt,
    w.recordedBy,
  );
}

interface SendRow {
  id: string;
  customerId: string;
  templateVersion: number;
  sentAt: number;
  contactId: string | null;
  contactName: string | null;
  channel: Channel;
  recordedAt: number;
  byId: string;
  byName: string;
}

/** The customer's latest send: the newest version sent, the latest date among its sends. */
export function lastSheetSend(db: Db, customerId: string): SupportSheetSend | null {
  const r = stmt<[string], SendRow>(
    db,
    `SELECT s.id, s.customer_id AS customerId, s.template_version AS templateVersion, s.sent_at AS sentAt,
       s.contact_id AS contactId, s.contact_name AS contactName, s.channel, s.recorded_at AS recordedAt,
       a.id AS byId, a.name AS byName
     FROM support_sheet_sends s JOIN agents a ON a.id = s.recorded_by
     WHERE s.customer_id = ?
     ORDER BY s.template_version DESC, s.sent_at DESC, s.id DESC LIMIT 1`,
  ).get(customerId);
  if (!r) return null;
  return {
    id: r.id,
    customerId: r.customerId,
    templateVersion: r.templateVersion,
    sentAt: r.sentAt,
    contact: r.contactId ? { id: r.contactId, name: r.contactName! } : null,
    channel: r.channel,
    recordedAt: r.recordedAt,
    recordedBy: { id: r.byId, name: r.byName },
  };
}

/**
 * The customer list's condition for a sheet filter, on customers aliased `c`: both read
 * support_sheet_sends_customer (the newest version a customer was sent is the last entry of its range).
 */
export function sheetFilterWhere(filter: SheetFilter | undefined): string {
  const newest = `(SELECT max(s.template_version) FROM support_sheet_sends s WHERE s.customer_id = c.id)`;
  const current = `(SELECT version FROM support_sheet_template WHERE id = '${SHEET_TEMPLATE_ID}')`;
  switch (filter) {
    case 'never':
      return `NOT EXISTS (SELECT 1 FROM support_sheet_sends s WHERE s.customer_id = c.id)`;
    case 'outdated':
      return `${newest} < ${current}`;
    case 'due':
      return `coalesce(${newest}, 0) < ${current}`;
    default:
      return '1';
  }
}

/** The newest template version each customer was sent, for the list's column. */
export const SHEET_VERSION_COLUMN = `(SELECT max(s.template_version) FROM support_sheet_sends s
  WHERE s.customer_id = c.id) AS sheetVersion`;
