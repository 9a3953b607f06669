// The handover benchmark: DESIGN.md's target is composing the handover of a desk with 5,000 open cases in
// under 100 ms. The generated desk keeps 5% of its cases open, so smaller desks are topped up with open
// cases (ten timeline events each, as generated) until 5,000 are open, and a previous handover with a plan
// for every one of them is submitted first, so that the measured composition also carries plans over.
import { uuidv7 } from '../../db/ids';
import { DONE_STATUS_LIST } from '../../db/sql-lists';
import type { Db } from '../../db/open';
import { formatCaseNumber } from '../../core/case-number';
import { CHANNELS, SUPPORT_AREAS, OPEN_CASE_STATUSES } from '../../core/domain';
import type { ServiceContext } from '../../electron/services/context';
import { composeForShift, submitHandover } from '../../electron/services/handover';
import { seededRandom } from '../../electron/services/seeded-random';
import { insertGenerated, nextCaseNumber, type GeneratedCase, type GeneratedEvent } from './bulk-insert';

export const HANDOVER_OPEN_CASES = 5_000;
const HOUR = 3_600_000;

const openCount = (db: Db) =>
  db.prepare(`SELECT count(*) FROM cases WHERE status NOT IN ${DONE_STATUS_LIST}`).pluck().get() as number;

/** Adds open cases until `wanted` are open; returns how many it added. */
export function topUpOpenCases(db: Db, agentId: string, wanted: number, now: number): number {
  const missing = Math.max(0, wanted - openCount(db));
  const r = seededRandom(70);
  const customers = db.prepare('SELECT id, name FROM customers LIMIT 200').all() as {
    id: string;
    name: string;
  }[];
  const cases: GeneratedCase[] = [];
  const events: GeneratedEvent[] = [];
  db.transaction(() => {
    for (let i = 0; i < missing; i++) {
      const customer = r.pick(customers);
      const severity = r.next() < 0.1 ? 'A' : r.next() < 0.4 ? 'B' : 'C';
      const status = r.pick(OPEN_CASE_STATUSES);
      let at = now - Math.floor(r.next() * 48 * HOUR) - 10 * HOUR;
      const id = uuidv7(at);
      const year = new Date(at).getFullYear();
      const number = formatCaseNumber(year, nextCaseNumber(db, year));
      const title = `值班待跟进案例 ${i}`;
      const timeline: [string, unknown][] = [['created', { title, severity, status: 'new' }]];
      for (let e = 0; e < 8; e++) timeline.push(['note', { body: `值班记录 #${i}-${e}` }]);
      timeline.push(['status_changed', { from: 'new', to: status }]);
      const times = timeline.map(() => (at += 60_000 + Math.floor(r.next() * 30 * 60_000)));
      cases.push({
        id,
        number,
        customerId: customer.id,
        customerName: customer.name,
        title,
        description: '',
        supportArea: r.pick(SUPPORT_AREAS),
        service: 'office365',
        severity,
        channel: r.pick(CHANNELS),
        status,
        requestNumber: status === 'waiting_21v' ? `26${String(2_000_000_000_000 + i).slice(-14)}` : null,
        createdAt: times[0]!,
        updatedAt: at,
        slaState: 'running',
      });
      timeline.forEach(([kind, payload], e) =>
        events.push({ id: uuidv7(times[e]), caseId: id, at: times[e]!, kind, payload }),
      );
    }
    insertGenerated(db, agentId, cases, events);
  })();
  return missing;
}

/** The previous shift's handover: a plan for every open case, a watch item and notes. */
export function submitPreviousHandover(ctx: ServiceContext): void {
  const now = ctx.now();
  const doc = composeForShift(ctx);
  submitHandover(ctx, {
    plans: doc.items.map((i) => ({
      caseId: i.caseId,
      nextAction: `跟进 ${i.number}`,
      ownerId: ctx.agentId,
      deadline: now + 4 * HOUR,
      contingencyIf: '如果客户未回电',
      contingencyThen: '则升级给值班主管',
    })),
    casesNone: false,
    watch: [{ id: uuidv7(now), text: '留意世纪互联服务公告', carriedFrom: null }],
    watchNone: false,
    notes: '基准测试交接',
    notesNone: false,
  });
}

/**
 * The desk as the handover benchmark needs it: 5,000 open cases, planner statistics as after the app's
 * next start, and a previous handover to carry over from. Returns how many open cases were added.
 */
export function prepareHandoverDesk(ctx: ServiceContext): number {
  const added = topUpOpenCases(ctx.db, ctx.agentId, HANDOVER_OPEN_CASES, ctx.now());
  ctx.db.pragma('optimize=0x10002');
  submitPreviousHandover(ctx);
  return added;
}
