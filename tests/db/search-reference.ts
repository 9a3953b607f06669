// The brute-force reference for search: every case's searched text read straight from the tables, and a
// query evaluated by plain substring tests over it (no index), for the recall and precision tests.
import type { CaseFilters } from '../../core/case-query';
import { parseSearch, SEARCH_FIELDS, type SearchField, type SearchTerm } from '../../core/search-query';
import { containsText } from '../../core/search-text';
import type { Db } from '../../db/open';

export interface ReferenceCase {
  id: string;
  severity: string;
  status: string;
  customerId: string;
  createdAt: number;
  fields: Record<SearchField, string[]>;
}

export function readReference(db: Db): ReferenceCase[] {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const group = <T extends { key: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), row]);
    return map;
  };
  const events = group(
    all<{ key: string; id: string; kind: string; body: string | null; noteId: string | null }>(
      `SELECT case_id AS key, id, kind, json_extract(payload, '$.body') AS body,
         json_extract(payload, '$.noteId') AS noteId FROM case_events ORDER BY at, id`,
    ),
  );
  const customers = new Map(
    all<{ id: string; name: string; tenant: string | null; partner: string | null }>(
      'SELECT id, name, tenant_domain AS tenant, partner_customer_id AS partner FROM customers',
    ).map((c) => [c.id, c]),
  );
  const contacts = group(
    all<{ key: string; name: string; email: string | null; phone: string | null }>(
      'SELECT customer_id AS key, name, email, phone FROM contacts',
    ),
  );
  const tags = group(all<{ key: string; tag: string }>('SELECT case_id AS key, tag FROM case_tags'));
  const escalations = group(
    all<{ key: string; number: string | null }>(
      'SELECT case_id AS key, request_number AS number FROM escalations',
    ),
  );
  const some = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v);
  return all<{
    id: string;
    number: string;
    title: string;
    description: string;
    requestNumber: string | null;
    customerId: string;
    severity: string;
    status: string;
    createdAt: number;
  }>(
    `SELECT id, number, title, description, request_number AS requestNumber, customer_id AS customerId,
       severity, status, created_at AS createdAt FROM cases`,
  ).map((c) => {
    const notes = new Map<string, string>();
    for (const e of events.get(c.id) ?? []) {
      if (e.body === null) continue;
      if (['note', 'reply', 'call'].includes(e.kind)) notes.set(e.id, e.body);
      if (e.kind === 'note_edited' && e.noteId && notes.has(e.noteId)) notes.set(e.noteId, e.body);
    }
    const customer = customers.get(c.customerId);
    return {
      ...c,
      fields: {
        number: [c.number],
        title: [c.title],
        description: some([c.description]),
        notes: [...notes.values()],
        customer: some([customer?.name, customer?.tenant, customer?.partner]),
        contacts: (contacts.get(c.customerId) ?? []).flatMap((p) => some([p.name, p.email, p.phone])),
        requests: some([c.requestNumber, ...(escalations.get(c.id) ?? []).map((e) => e.number)]),
        tags: (tags.get(c.id) ?? []).map((t) => t.tag),
      },
    };
  });
}

const has = (c: ReferenceCase, term: SearchTerm) =>
  (term.fields ?? SEARCH_FIELDS).some((f) => c.fields[f].some((v) => containsText(v, term.text)));

function passes(c: ReferenceCase, filters: CaseFilters): boolean {
  if (filters.statuses && !filters.statuses.includes(c.status as never)) return false;
  if (filters.severities && !filters.severities.includes(c.severity as never)) return false;
  if (filters.customerId && filters.customerId !== c.customerId) return false;
  if (filters.tag && !c.fields.tags.includes(filters.tag)) return false;
  if (filters.createdFrom !== undefined && c.createdAt < filters.createdFrom) return false;
  if (filters.createdTo !== undefined && c.createdAt >= filters.createdTo) return false;
  return true;
}

/** The ids of the cases a query finds by scanning every case: each clause tested by substring. */
export function scan(cases: ReferenceCase[], query: string, utcOffsetMinutes = 480): string[] {
  const parsed = parseSearch(query, { utcOffsetMinutes });
  return cases
    .filter(
      (c) =>
        passes(c, parsed.filters) &&
        parsed.clauses.every((clause) => clause.any.some((t) => has(c, t)) !== clause.negated),
    )
    .map((c) => c.id)
    .sort();
}
