import type { SearchField } from '../../core/search-query';
import type { Db } from '../open';
import { stmt } from '../statements';

/** Everything searched in one case, by field; each value is matched on its own. */
export type SearchDocument = Record<SearchField, string[]>;

interface CaseRow {
  id: string;
  number: string;
  title: string;
  description: string;
  requestNumber: string | null;
  customerId: string;
}

type CustomerText = Pick<SearchDocument, 'customer' | 'contacts'>;

/** Reads the documents of some cases; a customer shared by several is read once per reader. */
export function documentReader(db: Db): (rowid: number) => SearchDocument | undefined {
  const customers = new Map<string, CustomerText>();
  const customerText = (id: string): CustomerText => {
    let text = customers.get(id);
    if (!text) {
      const row = stmt<[string], { name: string; tenant: string | null; partner: string | null }>(
        db,
        'SELECT name, tenant_domain AS tenant, partner_customer_id AS partner FROM customers WHERE id = ?',
      ).get(id);
      const contacts = stmt<[string], { name: string; email: string | null; phone: string | null }>(
        db,
        'SELECT name, email, phone FROM contacts WHERE customer_id = ? ORDER BY created_at, id',
      ).all(id);
      text = {
        customer: present([row?.name, row?.tenant, row?.partner]),
        contacts: contacts.flatMap((c) => present([c.name, c.email, c.phone])),
      };
      customers.set(id, text);
    }
    return text;
  };

  return (rowid) => {
    const c = stmt<[number], CaseRow>(
      db,
      `SELECT id, number, title, description, request_number AS requestNumber, customer_id AS customerId
       FROM cases WHERE rowid = ?`,
    ).get(rowid);
    if (!c) return undefined;
    const requests = stmt<[string], string>(
      db,
      'SELECT request_number FROM escalations WHERE case_id = ? AND request_number IS NOT NULL',
    )
      .pluck()
      .all(c.id);
    const tags = stmt<[string], string>(db, 'SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag')
      .pluck()
      .all(c.id);
    return {
      number: [c.number],
      title: [c.title],
      description: present([c.description]),
      notes: noteBodies(db, c.id),
      ...customerText(c.customerId),
      requests: [...new Set(present([c.requestNumber, ...requests]))],
      tags,
    };
  };
}

const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v);

/** Notes, replies and call summaries as last edited: an edit replaces the text it edits. */
function noteBodies(db: Db, caseId: string): string[] {
  const rows = stmt<[string], { id: string; kind: string; body: string | null; noteId: string | null }>(
    db,
    `SELECT id, kind, json_extract(payload, '$.body') AS body, json_extract(payload, '$.noteId') AS noteId
     FROM case_events WHERE case_id = ? AND kind IN ('note', 'reply', 'call', 'note_edited') ORDER BY at, id`,
  ).all(caseId);
  const bodies = new Map<string, string>();
  for (const row of rows) {
    if (row.body === null) continue;
    if (row.kind !== 'note_edited') bodies.set(row.id, row.body);
    else if (row.noteId && bodies.has(row.noteId)) bodies.set(row.noteId, row.body);
  }
  return [...bodies.values()].filter(Boolean);
}
