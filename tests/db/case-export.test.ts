import { describe, expect, it } from 'vitest';
import { EXPORT_CHUNK, type CaseExportChunk } from '../../core/case-export';
import type { InputOf } from '../../core/api';
import { generateDesk } from '../../scripts/bench/generate';
import { openTestDesk, type TestDesk } from './case-support';

const CASES = 1_234;
const DAY = 86_400_000;

function generatedDesk() {
  const t = openTestDesk();
  const { caseIds } = generateDesk(t.desk.db, t.desk.ctx.agentId, CASES, () => {});
  for (const id of caseIds.slice(0, 30))
    t.call('cases.addTag', { caseId: id, tag: id < caseIds[15]! ? 'vip' : '续费' });
  t.call('cases.addTag', { caseId: caseIds[0]!, tag: 'a-first' });
  return t;
}

/** Every chunk of one export, asked for as the page asks; `between` runs after each chunk. */
function exportAll(t: TestDesk, input: InputOf<'cases.export'>, between: () => void = () => {}) {
  const chunks: CaseExportChunk[] = [];
  let after: CaseExportChunk['next'] = null;
  do {
    const chunk: CaseExportChunk = t.call('cases.export', { ...input, ...(after ? { after } : {}) });
    chunks.push(chunk);
    between();
    after = chunk.next;
  } while (after);
  return { chunks, rows: chunks.flatMap((c) => c.rows) };
}

/** What the export must hold, read straight from the tables. */
function reference(t: TestDesk, where = '1') {
  return t.desk.db
    .prepare(
      `SELECT c.id, c.description, cu.tenant_domain AS tenantDomain,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)) AS tags
       FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE ${where}
       ORDER BY c.created_at DESC, c.id DESC`,
    )
    .all()
    .map((r) => {
      const row = r as { id: string; description: string; tenantDomain: string; tags: string };
      return { ...row, tags: JSON.parse(row.tags) as string[] };
    });
}

describe('case export in chunks', () => {
  it('holds every matching case once, newest created first, with its description, tenant and tags', () => {
    const t = generatedDesk();
    const { chunks, rows } = exportAll(t, { filters: {} });
    expect(chunks.length).toBe(Math.ceil(CASES / EXPORT_CHUNK));
    expect(chunks.every((c) => c.rows.length <= EXPORT_CHUNK)).toBe(true);
    expect(chunks[0]!.total).toBe(CASES);
    expect(chunks.slice(1).every((c) => c.total === undefined)).toBe(true);
    expect(
      rows.map(({ id, description, tenantDomain, tags }) => ({ id, description, tenantDomain, tags })),
    ).toEqual(reference(t));
    expect(rows.find((r) => r.tags.includes('a-first'))!.tags).toEqual(['a-first', 'vip']);

    const filtered = exportAll(t, { filters: { statuses: ['closed'], severities: ['A'] } });
    const expected = reference(t, `c.status = 'closed' AND c.severity = 'A'`);
    expect(expected.length).toBeGreaterThan(EXPORT_CHUNK / 10);
    expect(filtered.chunks[0]!.total).toBe(expected.length);
    expect(filtered.rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('neither skips nor repeats a case edited while the export runs, and leaves out one created meanwhile', () => {
    const t = generatedDesk();
    const before = reference(t).map((r) => r.id);
    const oldest = before.at(-1)!;
    const customerId = (t.desk.db.prepare('SELECT id FROM customers LIMIT 1').get() as { id: string }).id;
    let edits = 0;
    const { rows } = exportAll(t, { filters: {} }, () => {
      if (edits++) return;
      // Past the generated desk's last day, as a case created now always is.
      t.tick(365 * DAY);
      t.call('cases.addNote', { caseId: oldest, body: '导出进行中补充的备注' });
      t.newCase(customerId, '导出进行中新建的案例');
    });
    expect(rows.map((r) => r.id)).toEqual(before);
  });

  it('exports what a search finds in one chunk, in the order the search gives', () => {
    const t = generatedDesk();
    const { chunks } = exportAll(t, { filters: {}, query: '办公室' });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.rows.length).toBeGreaterThan(0);
    expect(chunks[0]!.total).toBe(chunks[0]!.rows.length);
    const found = t.call('cases.search', { query: '办公室', filters: {}, limit: 200 });
    expect(chunks[0]!.rows.map((r) => r.id)).toEqual(found.items.map((h) => h.id));
  });
});
