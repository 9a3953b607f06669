import { describe, expect, it, onTestFinished } from 'vitest';
import {
  SORT_FIELDS,
  SORT_KEYS,
  type CaseFilters,
  type ListCursor,
  type SortDir,
  type SortKey,
} from '../../core/case-query';
import type { CaseListItem } from '../../core/cases';
import { CHANNELS, SEVERITIES, SUPPORT_AREAS, type CaseStatus } from '../../core/domain';
import { caseExport } from '../../electron/services/case-export';
import { caseCount, casePage } from '../../electron/services/case-list';
import { changeStatus, createCase } from '../../electron/services/cases';
import { createCustomer } from '../../electron/services/customers';
import { openDesk } from '../../electron/services/desk';
import { allViews, removeView, saveView } from '../../electron/services/views';
import { tempDbPath } from '../helpers/temp-db';

const DAY = 86_400_000;

/** 120 cases over 60 days: varied customers, severities, areas, statuses and owners; some equal titles. */
function seededDesk() {
  let clock = Date.UTC(2026, 8, 1);
  const desk = openDesk({ dbPath: tempDbPath(), version: 'test', now: () => clock });
  onTestFinished(() => desk.close());
  const ctx = desk.ctx;
  const customers = ['甲公司', 'Beta Ltd.', '丙科技', 'Delta Co.'].map((name) =>
    createCustomer(ctx, { name }),
  );
  const other = 'a0000000-0000-7000-8000-000000000001';
  ctx.db.prepare("INSERT INTO agents (id, name, role, created_at) VALUES (?, '李娜', 'agent', 0)").run(other);
  const statuses: CaseStatus[] = ['in_progress', 'waiting_customer', 'resolved'];
  for (let i = 0; i < 120; i++) {
    clock += DAY / 2 + (i % 7) * 1000;
    const c = createCase(ctx, {
      customer: { id: customers[i % 4]!.id },
      title: `Case ${String(i % 40).padStart(2, '0')} 问题`,
      description: '',
      supportArea: SUPPORT_AREAS[i % SUPPORT_AREAS.length]!,
      service: i % 3 === 0 ? 'azure' : 'office365',
      severity: SEVERITIES[i % 3]!,
      channel: CHANNELS[i % CHANNELS.length]!,
    });
    if (i % 5 !== 0) changeStatus(ctx, { caseId: c.id, from: 'new', to: statuses[i % 3]! });
    if (i % 4 === 1)
      ctx.db
        .prepare('UPDATE cases SET owner_id = ? WHERE id = ?')
        .run(i % 8 === 1 ? ctx.agentId : other, c.id);
  }
  return { desk, customers, other };
}

function walk(
  desk: ReturnType<typeof seededDesk>['desk'],
  sort: SortKey,
  dir: SortDir,
  filters: CaseFilters = {},
) {
  const seen: CaseListItem[] = [];
  let after: ListCursor | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = casePage(desk.ctx, { filters, sort, dir, limit: 17, ...(after ? { after } : {}) });
    seen.push(...page.items);
    if (!page.next) break;
    after = page.next;
  }
  return seen;
}

/** SQLite's BINARY order for text, numeric order for numbers, id as the tie-breaker. */
function reference(rows: CaseListItem[], sort: SortKey, dir: SortDir) {
  const sign = dir === 'asc' ? 1 : -1;
  const cmp = (a: unknown, b: unknown) =>
    typeof a === 'number'
      ? (a as number) - (b as number)
      : Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
  // No due time sorts last, as the cases_due index orders it.
  const key = (r: CaseListItem) => r[SORT_FIELDS[sort]] ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort((a, b) => sign * (cmp(key(a), key(b)) || cmp(a.id, b.id))).map((r) => r.id);
}

describe('case list', () => {
  it('pages through every sort order exactly once, in order', () => {
    const { desk } = seededDesk();
    const all = walk(desk, 'updated', 'desc');
    expect(all).toHaveLength(120);
    for (const sort of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const ids = walk(desk, sort, dir).map((r) => r.id);
        expect(ids, `${sort} ${dir}`).toEqual(reference(all, sort, dir));
      }
    }
  });

  it('combines filters with AND and counts the matches', () => {
    const { desk, customers, other } = seededDesk();
    const all = walk(desk, 'updated', 'desc');
    const check = (filters: CaseFilters, predicate: (c: CaseListItem) => boolean) => {
      const expected = all.filter(predicate).map((c) => c.id);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(walk(desk, 'updated', 'desc', filters).map((c) => c.id)).toEqual(expected);
      expect(caseCount(desk.ctx, { filters }).total).toBe(expected.length);
    };
    check({ statuses: ['resolved', 'waiting_customer'] }, (c) =>
      ['resolved', 'waiting_customer'].includes(c.status),
    );
    check({ severities: ['A'], statuses: ['new'] }, (c) => c.severity === 'A' && c.status === 'new');
    check(
      { customerId: customers[1]!.id, services: ['azure'] },
      (c) => c.customerName === 'Beta Ltd.' && c.service === 'azure',
    );
    check(
      { supportAreas: ['howto_faq', 'updates'], severities: ['B', 'C'] },
      (c) => ['howto_faq', 'updates'].includes(c.supportArea) && c.severity !== 'A',
    );
    check({ owner: 'me' }, (c) => c.ownerId === desk.ctx.agentId);
    check({ owner: other }, (c) => c.ownerId === other && c.ownerName === '李娜');
    check({ owner: 'none', severities: ['C'] }, (c) => c.ownerId === null && c.severity === 'C');
    const from = all[80]!.createdAt;
    const to = all[20]!.createdAt;
    check({ createdFrom: from, createdTo: to }, (c) => c.createdAt >= from && c.createdAt < to);
  });

  it('filters by tag', () => {
    const { desk } = seededDesk();
    const [a, b] = walk(desk, 'updated', 'desc');
    const tag = desk.ctx.db.prepare('INSERT INTO case_tags (case_id, tag) VALUES (?, ?)');
    tag.run(a!.id, 'vip');
    tag.run(b!.id, 'vip');
    tag.run(b!.id, '续费');
    expect(walk(desk, 'number', 'asc', { tag: 'vip' }).map((c) => c.id)).toEqual([b!.id, a!.id]);
    expect(walk(desk, 'number', 'asc', { tag: '续费' }).map((c) => c.id)).toEqual([b!.id]);
    expect(walk(desk, 'number', 'asc', { tag: 'none-such' })).toEqual([]);
  });

  it('rejects unknown filters and sorts over the contract', () => {
    const { desk } = seededDesk();
    for (const input of [
      { filters: { colour: 'red' } },
      { sort: 'priority' },
      { dir: 'up' },
      { filters: { statuses: ['gone'] } },
    ]) {
      expect(desk.dispatch('cases.list', input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });
});

describe('saved views', () => {
  it('lists the built-in views, then saves and deletes the desk’s own', () => {
    const { desk } = seededDesk();
    const builtins = allViews(desk.ctx);
    expect(builtins.map((v) => v.nameKey)).toEqual(['views.myOpen', 'views.severityA', 'views.waiting21v']);
    const saved = saveView(desk.ctx, {
      name: 'Azure A',
      filters: { services: ['azure'], severities: ['A'] },
    });
    expect(allViews(desk.ctx).at(-1)).toEqual(saved);
    const viaView = walk(desk, 'updated', 'desc', saved.filters);
    expect(viaView.length).toBeGreaterThan(0);
    expect(viaView.every((c) => c.service === 'azure' && c.severity === 'A')).toBe(true);
    expect(removeView(desk.ctx, { id: saved.id })).toEqual(builtins);
    expect(desk.dispatch('views.delete', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('case export', () => {
  it('exports exactly what the list shows with these filters, with description, tenant and tags', () => {
    const { desk, customers } = seededDesk();
    const filters: CaseFilters = { customerId: customers[0]!.id, statuses: ['resolved'] };
    const listed = walk(desk, 'updated', 'desc', filters);
    desk.ctx.db
      .prepare('INSERT INTO case_tags (case_id, tag) VALUES (?, ?), (?, ?)')
      .run(listed[0]!.id, 'b', listed[0]!.id, 'a');
    const { rows } = caseExport(desk.ctx, { filters });
    expect(rows.map((r) => r.id)).toEqual(listed.map((c) => c.id));
    expect(rows[0]).toMatchObject({ ...listed[0], tags: ['a', 'b'], description: '', tenantDomain: null });
    // Round trip through JSON keeps every field.
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
    // A phrase: the two words apart would also find "Case 12" in a case numbered …-000007.
    const searched = caseExport(desk.ctx, { filters: {}, query: '"Case 07"' }).rows;
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((r) => r.title.startsWith('Case 07'))).toBe(true);
  });
});
