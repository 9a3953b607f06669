import { describe, expect, it } from 'vitest';
import type { CaseFilters, ListCursor, SortDir } from '../../core/case-query';
import type { CaseListItem } from '../../core/cases';
import { DUE_KEY, NEVER_DUE, OVERDUE_ROWIDS } from '../../db/queries/sla';
import { MIN, openSlaDesk, type SlaDesk } from './sla-support';

/** A desk whose cases run out at many different times: some overdue, some paused, some done. */
function seeded(): SlaDesk {
  const d = openSlaDesk();
  const severities = ['A', 'B', 'C'] as const;
  for (let i = 0; i < 40; i++) {
    const c = d.open(severities[i % 3]!, `案例 ${i}`);
    if (i % 5 === 1) d.status(c, 'waiting_customer');
    if (i % 7 === 2) d.status(c, 'resolved');
    if (i % 4 === 3) d.call('cases.addReply', { caseId: c.id, body: '您好' });
    d.tick(7 * MIN);
  }
  d.check();
  return d;
}

function walk(d: SlaDesk, dir: SortDir, filters: CaseFilters = {}): CaseListItem[] {
  const seen: CaseListItem[] = [];
  let after: ListCursor | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = d.call('cases.list', {
      filters,
      sort: 'due',
      dir,
      limit: 7,
      ...(after ? { after } : {}),
    });
    seen.push(...page.items);
    if (!page.next) break;
    after = page.next;
  }
  return seen;
}

const dueKey = (c: CaseListItem) => c.nextDueAt ?? NEVER_DUE;

describe('time to breach in the case list', () => {
  it('sorts by due time with keyset paging, overdue first and cases with no running clock last', () => {
    const d = seeded();
    const asc = walk(d, 'asc');
    expect(asc).toHaveLength(40);
    const reference = [...asc].sort((a, b) => dueKey(a) - dueKey(b) || (a.id < b.id ? -1 : 1));
    expect(asc.map((c) => c.id)).toEqual(reference.map((c) => c.id));
    expect(asc[0]!.nextDueAt!).toBeLessThan(d.now());
    expect(asc.at(-1)!.nextDueAt).toBeNull();
    expect(walk(d, 'desc').map((c) => c.id)).toEqual(reference.map((c) => c.id).reverse());
    // Every row carries what the column shows.
    for (const c of asc) expect(d.row(c.id)).toEqual({ nextDueAt: c.nextDueAt, slaState: c.slaState });
  });

  it('filters to clocks at risk within N minutes, or breached, and counts them', () => {
    const d = seeded();
    const all = walk(d, 'asc');
    const now = d.now();
    const check = (filters: CaseFilters, predicate: (c: CaseListItem) => boolean) => {
      const expected = all.filter(predicate).map((c) => c.id);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(walk(d, 'asc', filters).map((c) => c.id)).toEqual(expected);
      expect(d.call('cases.count', { filters }).total).toBe(expected.length);
    };
    check({ dueWithinMin: 60 }, (c) => c.nextDueAt !== null && c.nextDueAt! <= now + 60 * MIN);
    const overdue = (c: CaseListItem) => c.slaState === 'breached' || (c.nextDueAt ?? NEVER_DUE) <= now;
    check({ breached: true }, overdue);
    check({ breached: true, severities: ['A'] }, (c) => overdue(c) && c.severity === 'A');
    // The filters are relative to the service's clock: an hour later, more is at risk.
    const before = walk(d, 'asc', { dueWithinMin: 30 }).length;
    d.tick(60 * MIN);
    expect(walk(d, 'asc', { dueWithinMin: 30 }).length).toBeGreaterThan(before);
    // A search narrows by them too.
    const hits = d.call('cases.search', {
      query: '案例',
      filters: { breached: true },
    });
    expect(hits.items.length).toBeGreaterThan(0);
    expect(hits.items.every((c) => c.slaState === 'breached' || (c.nextDueAt ?? NEVER_DUE) <= d.now())).toBe(
      true,
    );
  });

  it('reads the sort and the due-within filter straight off the cases_due index', () => {
    const d = seeded();
    const plan = (sql: string) =>
      (d.desk.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    const sorted = plan(`SELECT c.id FROM cases c ORDER BY ${DUE_KEY}, c.id LIMIT 100`);
    expect(sorted).toMatch(/cases_due/);
    expect(sorted).not.toMatch(/TEMP B-TREE/);
    const within = plan(`SELECT c.id FROM cases c WHERE ${DUE_KEY} <= 5 ORDER BY ${DUE_KEY}, c.id LIMIT 100`);
    expect(within).toMatch(/SEARCH c USING (COVERING )?INDEX cases_due/);
    expect(within).not.toMatch(/TEMP B-TREE/);
    // The "breached" filter reads two indexes instead of scanning every case.
    const overdue = plan(`SELECT count(*) FROM cases c WHERE c.rowid IN ${OVERDUE_ROWIDS.replace('?', '5')}`);
    expect(overdue).toMatch(/cases_sla_breached/);
    expect(overdue).toMatch(/INDEX cases_due/);
    expect(overdue).not.toMatch(/SCAN c\b/);
  });
});

describe('the Now dashboard', () => {
  it('counts open cases, lists clocks at risk within the hour and requests waiting on 21Vianet', () => {
    const d = openSlaDesk();
    const t0 = d.now();
    const a = d.open('A', '邮箱无法登录');
    const b = d.open('B', 'Azure 虚拟机无法启动');
    const c = d.open('C', 'Power BI 授权');
    d.tick(10 * MIN);
    d.status(b, 'waiting_21v');
    d.tick(65 * MIN);
    const dash = d.call('dashboard.get', {});
    expect(dash.at).toBe(d.now());
    expect(dash.open).toEqual({ total: 3, bySeverity: { A: 1, B: 1, C: 1 }, breached: 0 });
    expect(dash.atRisk.items).toEqual([
      expect.objectContaining({
        caseId: a.id,
        number: a.number,
        clock: 'firstResponse',
        dueAt: t0 + 120 * MIN,
      }),
    ]);
    expect(dash.waitingOn21v).toEqual({
      items: [expect.objectContaining({ caseId: b.id, requestNumber: null, since: t0 + 10 * MIN })],
      total: 1,
    });
    expect(dash.duty).toEqual(expect.objectContaining({ scheduled: expect.any(Array) }));
    expect(Array.isArray(dash.handovers)).toBe(true);
    expect(Array.isArray(dash.coverageGaps)).toBe(true);

    d.tick(60 * MIN);
    d.check();
    const later = d.call('dashboard.get', {});
    expect(later.open.breached).toBe(1);
    expect(later.atRisk.items[0]).toMatchObject({ caseId: a.id, dueAt: t0 + 120 * MIN });
    expect(later.atRisk.items.map((i) => i.caseId)).not.toContain(c.id);
  });

  it('a case read after a change carries the due time and state the list row shows', () => {
    const d = openSlaDesk();
    const opened = d.open('A');
    expect(opened.slaState).toBe('running');
    expect(opened.nextDueAt).toBe(d.now() + 120 * MIN);
    const paused = d.status(opened, 'waiting_customer');
    expect(paused).toMatchObject({ slaState: 'paused', nextDueAt: null });
    expect(d.row(opened.id)).toEqual({ nextDueAt: paused.nextDueAt, slaState: paused.slaState });
  });
});
