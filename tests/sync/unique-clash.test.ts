import { expect, it } from 'vitest';
import {
  expectConverged,
  heal,
  joinedPair,
  openWorkstation,
  serverDatabase,
  type Workstation,
} from './support';

const server = serverDatabase();

const conflictsOf = (s: Workstation) =>
  s.desk.db
    .prepare('SELECT tbl, kind, column_name AS col, lost_value AS lost FROM sync_conflicts ORDER BY id')
    .all() as { tbl: string; kind: string; col: string | null; lost: string | null }[];

const domainOf = (s: Workstation, id: string) =>
  s.desk.db.prepare('SELECT tenant_domain FROM customers WHERE id = ?').pluck().get(id) as string | null;

it('two customers given one tenant domain while apart: the first keeps it, both exist everywhere', async () => {
  const [a, b] = await joinedPair(server.url, { healed: true });
  const domain = 'contoso.partner.onmschina.cn';
  const first = a.call('customers.create', { name: '康托索（A 录入）', tenantDomain: domain });
  // The clocks are the workstations' own (hybrid logical, from real time): B's entry comes later.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const second = b.call('customers.create', { name: '康托索（B 录入）', tenantDomain: domain });

  await heal([a, b]);
  for (const s of [a, b]) {
    expect(domainOf(s, first.id)).toBe(domain);
    expect(domainOf(s, second.id)).toBeNull();
    expect(conflictsOf(s)).toContainEqual({
      tbl: 'customers',
      kind: 'unique_lost',
      col: 'tenant_domain',
      lost: JSON.stringify(domain),
    });
  }
  expectConverged([a, b]);
});

it('a change this log cannot take is kept as a conflict, and the pull goes on past it', async () => {
  // Both held a log before joining: each minted SD-<year>-000001, a number without a workstation code.
  const a = openWorkstation(server.url, 'C');
  const b = openWorkstation(server.url, 'D');
  const mine = a.newCase(a.customer('入网前客户 C').id, '入网前的案例 C');
  const theirs = b.newCase(b.customer('入网前客户 D').id, '入网前的案例 D');
  expect(mine.number).toBe(theirs.number);
  await a.join();
  await b.join();
  await heal([a, b]);
  expect(conflictsOf(b).some((c) => c.tbl === 'cases' && c.kind === 'not_applied')).toBe(true);

  const later = a.newCase(a.customer('入网后客户').id, '入网后的案例');
  await heal([a, b]);
  expect(b.call('cases.get', { id: later.id }).title).toBe('入网后的案例');
});
