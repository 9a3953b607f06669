import { describe, expect, it, onTestFinished } from 'vitest';
import type { CaseDetail, CaseEvent, CaseListItem, CasesCreateInput } from '../../core/cases';
import type { Customer } from '../../core/customers';
import type { AppInfo } from '../../core/settings';
import { casePage } from '../../electron/services/case-list';
import { createCase } from '../../electron/services/cases';
import type { ListCursor } from '../../core/case-query';
import { openDesk, type Desk } from '../../electron/services/desk';
import { OUTLOOK_CASE } from '../helpers/arranged-inputs';
import { tempDbPath } from '../helpers/temp-db';
import { failure, value } from './case-support';

const JAN_2026 = new Date(2026, 0, 2, 9, 0).getTime();

interface Clock {
  desk: Desk;
  set(t: number): void;
  tick(ms?: number): number;
}

function openClockedDesk(start = JAN_2026): Clock {
  let now = start;
  const desk = openDesk({ dbPath: tempDbPath(), version: '0.0.0-test', now: () => now, log: () => {} });
  onTestFinished(() => desk.close());
  return {
    desk,
    set: (t) => void (now = t),
    tick: (ms = 1) => (now += ms),
  };
}

const count = (desk: Desk, table: string) =>
  (desk.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function caseInput(
  customer: CasesCreateInput['customer'],
  title = 'Outlook keeps prompting',
): CasesCreateInput {
  return { ...OUTLOOK_CASE, customer, title };
}

function newCustomer(desk: Desk, name = 'Contoso China Ltd.', tenantDomain?: string): Customer {
  return value<Customer>(
    desk.dispatch('customers.create', tenantDomain === undefined ? { name } : { name, tenantDomain }),
  );
}

const createOk = (desk: Desk, input: CasesCreateInput) =>
  value<CaseDetail>(desk.dispatch('cases.create', input));

describe('case numbers', () => {
  it('counts per calendar year in local time and restarts each year', () => {
    const { desk, set } = openClockedDesk();
    const customer = newCustomer(desk);
    expect(createOk(desk, caseInput({ id: customer.id })).number).toBe('SD-2026-000001');
    expect(createOk(desk, caseInput({ id: customer.id })).number).toBe('SD-2026-000002');
    set(new Date(2026, 11, 31, 23, 30).getTime());
    expect(createOk(desk, caseInput({ id: customer.id })).number).toBe('SD-2026-000003');
    set(new Date(2027, 0, 1, 0, 30).getTime());
    expect(createOk(desk, caseInput({ id: customer.id })).number).toBe('SD-2027-000001');
    expect(createOk(desk, caseInput({ id: customer.id })).number).toBe('SD-2027-000002');
    expect(desk.db.prepare('SELECT year, last FROM case_counters ORDER BY year').all()).toEqual([
      { year: 2026, last: 3 },
      { year: 2027, last: 2 },
    ]);
  });

  it('does not consume a number when the creation fails', () => {
    const { desk } = openClockedDesk();
    const customer = newCustomer(desk, 'Fabrikam', 'fabrikam.partner.onmschina.cn');
    expect(createOk(desk, caseInput({ id: customer.id })).number).toBe('SD-2026-000001');

    const missing = failure(
      desk.dispatch('cases.create', caseInput({ id: '01900000-0000-7000-8000-000000000000' })),
    );
    expect(missing.code).toBe('VALIDATION');
    expect(missing.issues).toEqual([{ path: 'customer', message: 'validation.customer' }]);

    const taken = failure(
      desk.dispatch(
        'cases.create',
        caseInput({ new: { name: 'Fabrikam again', tenantDomain: 'fabrikam.partner.onmschina.cn' } }),
      ),
    );
    expect(taken.code).toBe('VALIDATION');

    expect(count(desk, 'cases')).toBe(1);
    expect(desk.db.prepare('SELECT last FROM case_counters WHERE year = 2026').get()).toEqual({ last: 1 });
    expect(createOk(desk, caseInput({ id: customer.id })).number).toBe('SD-2026-000002');
  });
});

describe('case timeline', () => {
  it('is append-only: UPDATE and DELETE on case_events are refused', () => {
    const { desk } = openClockedDesk();
    const created = createOk(desk, caseInput({ new: { name: 'Litware' } }));
    expect(count(desk, 'case_events')).toBe(1);
    expect(() => desk.db.prepare("UPDATE case_events SET kind = 'note'").run()).toThrow(/append-only/);
    expect(() => desk.db.prepare('DELETE FROM case_events').run()).toThrow(/append-only/);
    expect(() => desk.db.prepare('DELETE FROM case_events WHERE case_id = ?').run(created.id)).toThrow(
      /append-only/,
    );
    expect(count(desk, 'case_events')).toBe(1);
    const detail = value<CaseDetail>(desk.dispatch('cases.get', { id: created.id }));
    expect(detail.events.map((e) => e.kind)).toEqual(['created']);
  });

  it('appends notes in order with the agent name and touches the case', () => {
    const { desk, tick } = openClockedDesk();
    const agent = value<AppInfo>(desk.dispatch('app.info', {})).agent;
    expect(agent.name).not.toBe('');
    const created = createOk(desk, caseInput({ new: { name: 'Northwind' } }));
    const t1 = tick(60_000);
    const first = value<CaseEvent>(
      desk.dispatch('cases.addNote', { caseId: created.id, body: '  已电话联系客户  ' }),
    );
    expect(first).toMatchObject({
      caseId: created.id,
      kind: 'note',
      at: t1,
      agentId: agent.id,
      agentName: agent.name,
      payload: { body: '已电话联系客户' },
    });
    const t2 = tick(60_000);
    desk.dispatch('cases.addNote', { caseId: created.id, body: 'second' });
    // Same millisecond: the id keeps the order.
    desk.dispatch('cases.addNote', { caseId: created.id, body: 'third' });

    const detail = value<CaseDetail>(desk.dispatch('cases.get', { id: created.id }));
    expect(detail.updatedAt).toBe(t2);
    expect(detail.events.map((e) => e.kind)).toEqual(['created', 'note', 'note', 'note']);
    expect(detail.events.slice(1).map((e) => (e.payload as { body: string }).body)).toEqual([
      '已电话联系客户',
      'second',
      'third',
    ]);
    expect(detail.events.map((e) => e.at)).toEqual([JAN_2026, t1, t2, t2]);
    for (const e of detail.events) expect(e.agentName).toBe(agent.name);
    expect(detail.events[1]!.id).toBe(first.id);

    const missing = failure(
      desk.dispatch('cases.addNote', { caseId: '01900000-0000-7000-8000-000000000000', body: 'x' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('case list paging', () => {
  function seed(clock: Clock, n: number): void {
    const { desk, tick } = clock;
    const customer = newCustomer(desk);
    desk.db.transaction(() => {
      for (let i = 0; i < n; i++) {
        // Three cases per millisecond so that ties on updatedAt are broken by id.
        if (i % 3 === 0) tick(1);
        createCase(desk.ctx, {
          customer: { id: customer.id },
          title: `case ${i}`,
          description: '',
          supportArea: 'howto_faq',
          service: 'azure',
          severity: 'C',
          channel: 'email',
        });
      }
    })();
  }

  function expectedOrder(desk: Desk): string[] {
    const rows = desk.db.prepare('SELECT id, updated_at AS updatedAt FROM cases').all() as {
      id: string;
      updatedAt: number;
    }[];
    return rows
      .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((r) => r.id);
  }

  const PAGE = { filters: {}, sort: 'updated', dir: 'desc', limit: 100 } as const;

  it('returns every case exactly once, newest first, in pages of 100', () => {
    const clock = openClockedDesk();
    const { desk } = clock;
    seed(clock, 250);
    const expected = expectedOrder(desk);
    expect(expected).toHaveLength(250);

    const seen: CaseListItem[] = [];
    const sizes: number[] = [];
    let after: ListCursor | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = casePage(desk.ctx, { ...PAGE, ...(after ? { after } : {}) });
      sizes.push(page.items.length);
      seen.push(...page.items);
      if (!page.next) break;
      expect(page.next).toEqual({ key: page.items.at(-1)!.updatedAt, id: page.items.at(-1)!.id });
      after = page.next;
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen.map((c) => c.id)).toEqual(expected);
    expect(new Set(seen.map((c) => c.id)).size).toBe(250);
    expect(seen[0]).toMatchObject({ customerName: 'Contoso China Ltd.', severity: 'C', status: 'new' });
    expect(seen[0]!.number).toMatch(/^SD-2026-\d{6}$/);

    // The dispatcher applies the same default page size.
    const viaDispatch = value<{ items: CaseListItem[]; next: unknown }>(desk.dispatch('cases.list', {}));
    expect(viaDispatch.items.map((c) => c.id)).toEqual(expected.slice(0, 100));
  });

  it('stays stable when a case is added between pages', () => {
    const clock = openClockedDesk();
    const { desk, tick } = clock;
    seed(clock, 250);
    const expected = expectedOrder(desk);

    const first = casePage(desk.ctx, PAGE);
    tick(1_000);
    const added = createOk(desk, caseInput({ new: { name: 'Late arrival' } }));
    const second = casePage(desk.ctx, { ...PAGE, after: first.next! });
    const third = casePage(desk.ctx, { ...PAGE, after: second.next! });

    const ids = [...first.items, ...second.items, ...third.items].map((c) => c.id);
    expect(ids).toEqual(expected);
    expect(ids).not.toContain(added.id);
    expect(third.next).toBeNull();

    const fresh = casePage(desk.ctx, PAGE);
    expect(fresh.items[0]!.id).toBe(added.id);
  });
});

describe('status changes', () => {
  it('reports conflicts, demands a reason to reopen, and records the reason', () => {
    const { desk, tick } = openClockedDesk();
    const created = createOk(desk, caseInput({ new: { name: 'Woodgrove' } }));
    const change = (from: string, to: string, reason?: string) =>
      desk.dispatch('cases.changeStatus', {
        caseId: created.id,
        from,
        to,
        ...(reason === undefined ? {} : { reason }),
      });

    const stale = failure(change('in_progress', 'resolved'));
    expect(stale.code).toBe('CONFLICT');

    const disallowed = failure(change('new', 'closed'));
    expect(disallowed.code).toBe('CONFLICT');
    expect(value<CaseDetail>(desk.dispatch('cases.get', { id: created.id })).status).toBe('new');

    tick(1);
    expect(value<CaseDetail>(change('new', 'resolved')).status).toBe('resolved');

    const noReason = failure(change('resolved', 'in_progress'));
    expect(noReason.code).toBe('VALIDATION');
    expect(noReason.issues).toEqual([{ path: 'reason', message: 'validation.reopenReason' }]);
    const blankReason = failure(change('resolved', 'in_progress', '   '));
    expect(blankReason.code).toBe('VALIDATION');
    expect(blankReason.issues?.[0]?.path).toBe('reason');

    tick(1);
    const reopened = value<CaseDetail>(change('resolved', 'in_progress', '客户反馈问题再次出现'));
    expect(reopened.status).toBe('in_progress');
    expect(reopened.events.map((e) => e.kind)).toEqual(['created', 'status_changed', 'status_changed']);
    expect(reopened.events[1]!.payload).toEqual({ from: 'new', to: 'resolved' });
    expect(reopened.events[2]!.payload).toEqual({
      from: 'resolved',
      to: 'in_progress',
      reason: '客户反馈问题再次出现',
    });
    expect(count(desk, 'case_events')).toBe(3);
  });
});

describe('inline customers', () => {
  it('creates the customer together with the case', () => {
    const { desk } = openClockedDesk();
    const created = createOk(
      desk,
      caseInput({ new: { name: '上海明远贸易有限公司', tenantDomain: 'MingYuan.partner.onmschina.cn' } }),
    );
    expect(created.customer).toMatchObject({
      name: '上海明远贸易有限公司',
      tenantDomain: 'mingyuan.partner.onmschina.cn',
    });
    const stored = value<Customer>(desk.dispatch('customers.get', { id: created.customer.id }));
    expect(stored.name).toBe('上海明远贸易有限公司');
    expect(count(desk, 'customers')).toBe(1);
    expect(count(desk, 'cases')).toBe(1);
  });

  it('rolls the new customer back when the case cannot be stored', () => {
    const { desk } = openClockedDesk();
    // An agent that does not exist makes the case insert fail after the customer insert.
    const ctx = { ...desk.ctx, agentId: 'no-such-agent' };
    expect(() =>
      createCase(ctx, {
        ...caseInput({ new: { name: 'Tailspin', tenantDomain: 'tailspin.partner.onmschina.cn' } }),
        description: '',
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(count(desk, 'customers')).toBe(0);
    expect(count(desk, 'cases')).toBe(0);
    expect(count(desk, 'case_counters')).toBe(0);
  });

  it('refuses a duplicate tenant domain and creates nothing', () => {
    const { desk } = openClockedDesk();
    createOk(desk, caseInput({ new: { name: 'Contoso', tenantDomain: 'contoso.partner.onmschina.cn' } }));
    const before = { customers: count(desk, 'customers'), cases: count(desk, 'cases') };

    const error = failure(
      desk.dispatch(
        'cases.create',
        caseInput({ new: { name: 'Contoso copy', tenantDomain: 'CONTOSO.partner.onmschina.cn' } }),
      ),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: 'customer.new.tenantDomain', message: 'validation.tenantTaken' }]);
    expect({ customers: count(desk, 'customers'), cases: count(desk, 'cases') }).toEqual(before);
    expect(desk.db.prepare("SELECT count(*) AS n FROM customers WHERE name = 'Contoso copy'").get()).toEqual({
      n: 0,
    });
    expect(count(desk, 'case_events')).toBe(1);
  });
});
