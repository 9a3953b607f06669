// Generates a realistic desk straight into SQLite (same schema, same triggers, so the search index is
// built exactly as in use): N cases, ten timeline events each, N/50 customers with contacts.
import { uuidv7 } from '../../db/ids';
import type { Db } from '../../db/open';
import { formatCaseNumber } from '../../core/case-number';
import { CHANNELS, SUPPORT_AREAS } from '../../core/domain';
import { DEMO_CUSTOMERS, DEMO_NOTES, DEMO_TITLES } from '../../electron/services/demo-content';
import { seededRandom } from '../../electron/services/seeded-random';
import { insertGenerated, nextCaseNumber, type GeneratedCase, type GeneratedEvent } from './bulk-insert';

const DAY = 86_400_000;
const SITES = ['上海办公室', '北京总部', '深圳分公司', 'Guangzhou branch', 'Chengdu office', '杭州研发中心'];
const SERVICES = ['office365', 'azure', 'dynamics365', 'powerbi'];

export interface GeneratedDesk {
  customerNames: string[];
  requestNumbers: string[];
  caseIds: string[];
}

export function generateDesk(
  db: Db,
  agentId: string,
  cases: number,
  onProgress: (done: number) => void,
): GeneratedDesk {
  const r = seededRandom(7);
  const end = Date.UTC(2026, 10, 1);
  const start = end - 2 * 365 * DAY;
  const customers: { id: string; name: string }[] = [];
  const insertCustomer = db.prepare(
    `INSERT INTO customers (id, name, tenant_domain, partner_customer_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertContact = db.prepare(
    `INSERT INTO contacts (id, customer_id, name, email, phone, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < Math.max(20, Math.ceil(cases / 50)); i++) {
      const [base, tenant] = DEMO_CUSTOMERS[i % DEMO_CUSTOMERS.length]!;
      const name = i < DEMO_CUSTOMERS.length ? base : `${base} ${r.pick(SITES)} ${i}`;
      const id = uuidv7(start);
      insertCustomer.run(id, name, `${tenant}${i}.partner.onmschina.cn`, `PC-${100000 + i}`, start, start);
      insertContact.run(
        uuidv7(start),
        id,
        `联系人${i}`,
        `it${i}@${tenant}.cn`,
        `138${String(i).padStart(8, '0')}`,
        start,
      );
      customers.push({ id, name });
    }
  })();

  const requestNumbers: string[] = [];
  const caseIds: string[] = [];
  const batch = 5000;
  for (let from = 0; from < cases; from += batch) {
    const caseRows: GeneratedCase[] = [];
    const eventRows: GeneratedEvent[] = [];
    db.transaction(() => {
      for (let i = from; i < Math.min(cases, from + batch); i++) {
        let at = start + Math.floor(((end - start) * i) / cases);
        const customer = r.pick(customers);
        const area = r.pick(SUPPORT_AREAS);
        const title = `${r.pick(DEMO_TITLES[area])}（${r.pick(SITES)}）`;
        const severity = r.next() < 0.1 ? 'A' : r.next() < 0.4 ? 'B' : 'C';
        const open = i > cases * 0.95;
        const status = open ? r.pick(['new', 'in_progress', 'waiting_customer', 'waiting_21v']) : 'closed';
        const escalated = status === 'waiting_21v' || r.next() < 0.04;
        const requestNumber = escalated ? `26${String(1_000_000_000_000 + i * 7919).slice(-14)}` : null;
        if (requestNumber) requestNumbers.push(requestNumber);
        const id = uuidv7(at);
        const year = new Date(at).getFullYear();
        const number = formatCaseNumber(year, nextCaseNumber(db, year));
        const events: [string, unknown][] = [['created', { title, severity, status: 'new' }]];
        for (let e = 0; e < 9; e++) {
          const roll = r.next();
          // One note in about sixteen tells the duty manager, so that about 30 % of cases hold those words.
          if (roll < 0.6)
            events.push([
              'note',
              {
                body: `${r.pick(DEMO_NOTES)} ${r.pick(SITES)} #${i}-${e}${roll < 0.038 ? ' 已通知值班经理' : ''}`,
              },
            ]);
          else if (roll < 0.75) events.push(['reply', { body: `您好，${r.pick(DEMO_NOTES)}` }]);
          else if (roll < 0.9)
            events.push(['call', { direction: 'in', minutes: 5 + e, body: r.pick(DEMO_NOTES) }]);
          else events.push(['status_changed', { from: 'new', to: 'in_progress' }]);
        }
        const times = events.map(() => (at += 60_000 + Math.floor(r.next() * 3_600_000)));
        caseRows.push({
          id,
          number,
          customerId: customer.id,
          customerName: customer.name,
          title,
          description: title,
          supportArea: area,
          service: r.pick(SERVICES),
          severity,
          channel: r.pick(CHANNELS),
          status,
          requestNumber,
          createdAt: times[0]!,
          updatedAt: at,
          slaState: open ? 'running' : 'done',
        });
        events.forEach(([kind, payload], e) =>
          eventRows.push({ id: uuidv7(times[e]), caseId: id, at: times[e]!, kind, payload }),
        );
        caseIds.push(id);
      }
      insertGenerated(db, agentId, caseRows, eventRows);
    })();
    onProgress(Math.min(cases, from + batch));
  }
  return { customerNames: customers.map((c) => c.name), requestNumbers, caseIds };
}
