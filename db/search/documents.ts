import type { SearchField } from '../../core/search-query';
import { stmt, type Db } from '../statements';

/** Everything searched in one case, by field; each value is matched on its own. */
export type SearchDocument = Record<SearchField, string[]>;

interface CaseRow {
  rowid: number;
  id: string;
  number: string;
  title: string;
  description: string;
  requestNumber: string | null;
  customerId: string;
}

const IN_LIST = 'IN (SELECT value FROM json_each(?))';

/** Rows of one query over a list of keys, grouped by the key column `k`. */
function grouped<R extends { k: K }, K extends string | number = string>(
  db: Db,
  sql: string,
  keys: readonly K[],
): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of stmt<[string], R>(db, sql).all(JSON.stringify(keys))) {
    const list = groups.get(row.k);
    if (list) list.push(row);
    else groups.set(row.k, [row]);
  }
  return groups;
}

const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v);

/**
 * The documents of some cases, read with one query per table whatever their number. Without `notes`, the
 * timeline (most of the text, and most of the reading) is left out; `readNotes` adds it later.
 */
export function readDocuments(
  db: Db,
  rowids: readonly number[],
  { notes = true }: { notes?: boolean } = {},
): Map<number, SearchDocument> {
  const cases = stmt<[string], CaseRow>(
    db,
    `SELECT rowid, id, number, title, description, request_number AS requestNumber, customer_id AS customerId
     FROM cases WHERE rowid ${IN_LIST}`,
  ).all(JSON.stringify(rowids));
  const caseIds = cases.map((c) => c.id);
  const customerIds = [...new Set(cases.map((c) => c.customerId))];
  const timeline = notes ? readNotes(db, rowids) : new Map<number, string[]>();
  const tags = grouped<{ k: string; v: string }>(
    db,
    `SELECT case_id AS k, tag AS v FROM case_tags WHERE case_id ${IN_LIST} ORDER BY case_id, tag`,
    caseIds,
  );
  const requests = grouped<{ k: string; v: string }>(
    db,
    `SELECT case_id AS k, request_number AS v FROM escalations
     WHERE case_id ${IN_LIST} AND request_number IS NOT NULL`,
    caseIds,
  );
  const customers = grouped<{ k: string; name: string; tenant: string | null; partner: string | null }>(
    db,
    // Joined from the list: the planner would otherwise scan every customer for an IN on the text key.
    `SELECT c.id AS k, c.name, c.tenant_domain AS tenant, c.partner_customer_id AS partner
     FROM json_each(?) j JOIN customers c ON c.id = j.value`,
    customerIds,
  );
  const contacts = grouped<{ k: string; name: string; email: string | null; phone: string | null }>(
    db,
    `SELECT customer_id AS k, name, email, phone FROM contacts WHERE customer_id ${IN_LIST}
     ORDER BY customer_id, created_at, id`,
    customerIds,
  );
  const docs = new Map<number, SearchDocument>();
  for (const c of cases) {
    const customer = customers.get(c.customerId)?.[0];
    docs.set(c.rowid, {
      number: [c.number],
      title: [c.title],
      description: present([c.description]),
      notes: timeline.get(c.rowid) ?? [],
      customer: present([customer?.name, customer?.tenant, customer?.partner]),
      contacts: (contacts.get(c.customerId) ?? []).flatMap((p) => present([p.name, p.email, p.phone])),
      requests: [...new Set(present([c.requestNumber, ...(requests.get(c.id) ?? []).map((r) => r.v)]))],
      tags: (tags.get(c.id) ?? []).map((t) => t.v),
    });
  }
  return docs;
}

/** The `notes` field of some cases, by rowid: every note, reply and call summary, as last edited. */
export function readNotes(db: Db, rowids: readonly number[]): Map<number, string[]> {
  const events = grouped<TimelineRow & { k: number }, number>(
    db,
    `SELECT c.rowid AS k, e.id, e.kind, json_extract(e.payload, '$.body') AS body,
       json_extract(e.payload, '$.noteId') AS noteId
     FROM json_each(?) j JOIN cases c ON c.rowid = j.value
     JOIN case_events e ON e.case_id = c.id AND e.kind IN ('note', 'reply', 'call', 'note_edited')
     ORDER BY e.case_id, e.at, e.id`,
    rowids,
  );
  return new Map([...events].map(([rowid, timeline]) => [rowid, noteBodies(timeline)]));
}

interface TimelineRow {
  id: string;
  kind: string;
  body: string | null;
  noteId: string | null;
}

/** Notes, replies and call summaries as last edited: an edit replaces the text it edits. */
function noteBodies(rows: TimelineRow[]): string[] {
  const bodies = new Map<string, string>();
  for (const row of rows) {
    if (row.body === null) continue;
    if (row.kind !== 'note_edited') bodies.set(row.id, row.body);
    else if (row.noteId && bodies.has(row.noteId)) bodies.set(row.noteId, row.body);
  }
  return [...bodies.values()].filter(Boolean);
}
