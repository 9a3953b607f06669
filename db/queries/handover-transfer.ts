// Rows as the handover file carries them (every column, camelCase), and the merge writes of an import.
import type {
  HandoverFileCase,
  HandoverFileContact,
  HandoverFileCustomer,
  HandoverFileEvent,
} from '../../core/handover-file';
import type { AgentRef } from '../../core/domain';
import { stmt, type Db } from '../statements';

const ids = (list: readonly string[]) => JSON.stringify([...new Set(list)]);

export function casesForFile(db: Db, caseIds: readonly string[]): HandoverFileCase[] {
  return stmt<[string], Omit<HandoverFileCase, 'tags' | 'links'> & { tags: string; links: string }>(
    db,
    `SELECT c.id, c.number, c.customer_id AS customerId, c.contact_id AS contactId, c.title, c.description,
       c.support_area AS supportArea, c.service, c.severity, c.channel, c.status, c.owner_id AS ownerId,
       c.request_number AS requestNumber, c.created_by AS createdBy, c.created_at AS createdAt,
       c.updated_at AS updatedAt,
       (SELECT json_group_array(tag ORDER BY tag) FROM case_tags t WHERE t.case_id = c.id) AS tags,
       (SELECT json_group_array(json_object('otherId', l.other_id, 'kind', l.kind, 'createdAt', l.created_at))
          FROM case_links l WHERE l.case_id = c.id) AS links
     FROM json_each(?) j JOIN cases c ON c.id = j.value ORDER BY c.id`,
  )
    .all(ids(caseIds))
    .map((r) => ({
      ...r,
      tags: JSON.parse(r.tags) as string[],
      links: JSON.parse(r.links) as HandoverFileCase['links'],
    }));
}

export function customersForFile(db: Db, customerIds: readonly string[]): HandoverFileCustomer[] {
  return stmt<[string], Omit<HandoverFileCustomer, 'adminRole'> & { adminRole: 0 | 1 }>(
    db,
    `SELECT c.id, c.name, c.tenant_domain AS tenantDomain, c.partner_customer_id AS partnerCustomerId,
       c.admin_role AS adminRole, c.created_at AS createdAt, c.updated_at AS updatedAt
     FROM json_each(?) j JOIN customers c ON c.id = j.value ORDER BY c.id`,
  )
    .all(ids(customerIds))
    .map((r) => ({ ...r, adminRole: r.adminRole === 1 }));
}

export function contactsForFile(db: Db, customerIds: readonly string[]): HandoverFileContact[] {
  return stmt<[string], HandoverFileContact>(
    db,
    `SELECT k.id, k.customer_id AS customerId, k.name, k.email, k.phone, k.preferred_channel AS preferredChannel,
       k.language, k.created_at AS createdAt
     FROM json_each(?) j JOIN contacts k ON k.customer_id = j.value ORDER BY k.id`,
  ).all(ids(customerIds));
}

/** The full timelines of the cases, oldest first per case. */
export function eventsForFile(db: Db, caseIds: readonly string[]): HandoverFileEvent[] {
  return stmt<[string], Omit<HandoverFileEvent, 'payload'> & { payload: string }>(
    db,
    `SELECT e.id, e.case_id AS caseId, e.agent_id AS agentId, e.at, e.kind, e.payload
     FROM json_each(?) j JOIN case_events e ON e.case_id = j.value ORDER BY e.case_id, e.at, e.id`,
  )
    .all(ids(caseIds))
    .map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

export function agentsForFile(db: Db, agentIds: readonly string[]): AgentRef[] {
  return stmt<[string], AgentRef>(
    db,
    'SELECT a.id, a.name FROM json_each(?) j JOIN agents a ON a.id = j.value ORDER BY a.id',
  ).all(ids(agentIds));
}

// Import.

export function customerIdsTaking(
  db: Db,
  row: Pick<HandoverFileCustomer, 'tenantDomain' | 'partnerCustomerId'>,
): string[] {
  return stmt<[string | null, string | null], string>(
    db,
    'SELECT id FROM customers WHERE tenant_domain = ? OR partner_customer_id = ?',
  )
    .pluck()
    .all(row.tenantDomain, row.partnerCustomerId);
}

export function customerUpdatedAt(db: Db, id: string): number | undefined {
  return stmt<[string], number>(db, 'SELECT updated_at FROM customers WHERE id = ?').pluck().get(id);
}

/** True when the contact was new here (contacts carry no time of change: the first copy stays). */
export function insertFileContact(db: Db, row: HandoverFileContact): boolean {
  return (
    stmt(
      db,
      `INSERT INTO contacts (id, customer_id, name, email, phone, preferred_channel, language, created_at)
       VALUES (@id, @customerId, @name, @email, @phone, @preferredChannel, @language, @createdAt)
       ON CONFLICT (id) DO NOTHING`,
    ).run(row).changes > 0
  );
}

export function contactExists(db: Db, id: string): boolean {
  return stmt<[string], number>(db, 'SELECT 1 FROM contacts WHERE id = ?').pluck().get(id) === 1;
}

export function caseIdWithNumber(db: Db, number: string): string | undefined {
  return stmt<[string], string>(db, 'SELECT id FROM cases WHERE number = ?').pluck().get(number);
}

type CaseWrite = Omit<HandoverFileCase, 'tags' | 'links'> & { customerName: string };

export function insertFileCase(db: Db, row: CaseWrite): void {
  stmt(
    db,
    `INSERT INTO cases (id, number, customer_id, customer_name, contact_id, title, description, support_area,
       service, severity, channel, status, owner_id, request_number, created_by, created_at, updated_at)
     VALUES (@id, @number, @customerId, @customerName, @contactId, @title, @description, @supportArea,
       @service, @severity, @channel, @status, @ownerId, @requestNumber, @createdBy, @createdAt, @updatedAt)`,
  ).run(row);
}

/** Keeps this workstation's next case number clear of the numbers an import brought in. */
export function raiseCaseCounter(db: Db, year: number, sequence: number): void {
  stmt(
    db,
    `INSERT INTO case_counters (year, last) VALUES (?, ?)
     ON CONFLICT (year) DO UPDATE SET last = max(last, excluded.last)`,
  ).run(year, sequence);
}

/**
 * A link from the file, once both cases are here; one already here in either direction is left as it is
 * (a pair of cases is linked once).
 */
export function insertFileLink(db: Db, caseId: string, link: HandoverFileCase['links'][number]): void {
  stmt(
    db,
    `INSERT INTO case_links (case_id, other_id, kind, created_at)
     SELECT @caseId, @otherId, @kind, @createdAt
     WHERE EXISTS (SELECT 1 FROM cases WHERE id = @otherId)
       AND NOT EXISTS (SELECT 1 FROM case_links WHERE case_id = @otherId AND other_id = @caseId)
     ON CONFLICT DO NOTHING`,
  ).run({ caseId, ...link });
}

export function insertFileTag(db: Db, caseId: string, tag: string): void {
  stmt(db, 'INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)').run(caseId, tag);
}

/**
 * Events are merged by id: one already here is never written again (the timeline is append-only). Returns
 * every event added, with its case. One statement per chunk rather than per event: FTS5 writes its pending
 * terms out at every statement of a transaction, so per-row inserts would fragment the note index.
 */
export function insertFileEvents(
  db: Db,
  rows: readonly HandoverFileEvent[],
): { id: string; caseId: string }[] {
  const insert = stmt<[string], { id: string; caseId: string }>(
    db,
    `INSERT INTO case_events (id, case_id, agent_id, at, kind, payload)
     SELECT value ->> 'id', value ->> 'caseId', value ->> 'agentId', value ->> 'at', value ->> 'kind',
       value ->> 'payload'
     FROM json_each(?) WHERE true
     ON CONFLICT (id) DO NOTHING
     RETURNING id, case_id AS caseId`,
  );
  const added: { id: string; caseId: string }[] = [];
  for (let i = 0; i < rows.length; i += EVENT_CHUNK) {
    const chunk = rows.slice(i, i + EVENT_CHUNK).map((r) => ({ ...r, payload: JSON.stringify(r.payload) }));
    added.push(...insert.all(JSON.stringify(chunk)));
  }
  return added;
}

const EVENT_CHUNK = 5_000;
