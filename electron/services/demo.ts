import { CHANNELS, SEVERITIES, SUPPORT_AREAS, type CaseStatus, type Service } from '../contract/domain';
import { casePage } from './case-list';
import { addNote, changeStatus, createCase } from './cases';
import type { ServiceContext } from './context';
import { createCustomer } from './customers';
import { seededRandom } from './seeded-random';
import { DEMO_CUSTOMERS, DEMO_NOTES, DEMO_TITLES } from './demo-content';

const DAY = 24 * 60 * 60 * 1000;

const SERVICE_BY_AREA: Record<string, Service> = {
  performance_availability: 'azure',
  accounts_billing: 'office365',
};

/** Fills an empty case log with a few hundred cases over the last 90 days; returns how many it added. */
export function fillDemoDesk(ctx: ServiceContext, caseCount = 320): number {
  if (casePage(ctx, { filters: {}, sort: 'updated', dir: 'desc', limit: 1 }).items.length > 0) return 0;
  const random = seededRandom(2026);
  const end = ctx.now();
  let clock = end - 90 * DAY;
  const demoCtx: ServiceContext = { ...ctx, now: () => clock };

  ctx.db.transaction(() => {
    const customers = DEMO_CUSTOMERS.map(([name, tenant], i) =>
      createCustomer(demoCtx, {
        name,
        tenantDomain: `${tenant}.partner.onmschina.cn`,
        partnerCustomerId: `PC-${String(100200 + i * 37)}`,
      }),
    );
    const step = (90 * DAY) / caseCount;
    for (let i = 0; i < caseCount; i++) {
      clock = Math.min(end, end - 90 * DAY + i * step + Math.floor(random.next() * step * 0.5));
      const supportArea = random.pick(SUPPORT_AREAS);
      const title = random.pick(DEMO_TITLES[supportArea]);
      const created = createCase(demoCtx, {
        customer: { id: random.pick(customers).id },
        title,
        description: title,
        supportArea,
        service:
          SERVICE_BY_AREA[supportArea] ??
          random.pick(['office365', 'azure', 'dynamics365', 'powerbi'] as const),
        severity: random.next() < 0.1 ? SEVERITIES[0] : random.next() < 0.4 ? SEVERITIES[1] : SEVERITIES[2],
        channel: random.pick(CHANNELS),
      });
      // Older cases are further along; the newest are still open.
      const age = (caseCount - i) / caseCount;
      const path: CaseStatus[] = age < 0.03 ? [] : ['in_progress'];
      if (age >= 0.03 && age < 0.15 && random.next() < 0.4) {
        path.push(random.next() < 0.5 ? 'waiting_customer' : 'waiting_21v');
      }
      if (age > 0.15 && random.next() < 0.3)
        path.push(random.next() < 0.5 ? 'waiting_customer' : 'waiting_21v');
      if (age > 0.15) path.push('resolved');
      if (age > 0.3) path.push('closed');
      let status: CaseStatus = created.status;
      for (const to of path) {
        clock = Math.min(end, clock + Math.floor(random.next() * 4 * 60 * 60 * 1000) + 60_000);
        if (random.next() < 0.7) addNote(demoCtx, { caseId: created.id, body: random.pick(DEMO_NOTES) });
        changeStatus(demoCtx, { caseId: created.id, from: status, to });
        status = to;
      }
    }
  })();
  return caseCount;
}
