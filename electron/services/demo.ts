import { CHANNELS, SEVERITIES, SUPPORT_AREAS, type CaseStatus, type Service } from '../../core/domain';
import { ESCALATION_REASONS } from '../../core/escalations';
import { localDateOf } from '../../core/local-time';
import { casePage } from './case-list';
import type { CaseDetail } from '../../core/cases';
import { addReply } from './case-events';
import { addNote, changeStatus, createCase } from './cases';
import type { ServiceContext } from './context';
import { fillDemoKnowledge } from './demo-knowledge';
import type { Desk } from './desk';
import { createCustomer } from './customers';
import { fillDemoDuty } from './demo-duty';
import { fillDemoHistory } from './demo-history';
import { prepareEscalation, submitEscalation, updateEscalation } from './escalations';
import { utcOffsetOf } from './roster';
import { seededRandom, type SeededRandom } from './seeded-random';
import {
  DEMO_CUSTOMERS,
  DEMO_EVIDENCE,
  DEMO_NOTES,
  DEMO_REPLIES,
  DEMO_SOLUTION,
  DEMO_TITLES,
} from './demo-content';

const DAY = 24 * 60 * 60 * 1000;
/** The newest cases (a share of the 90 days) still new, and still open. */
const NEW_AGE = 0.005;
const OPEN_AGE = 0.04;

const SERVICE_BY_AREA: Record<string, Service> = {
  performance_availability: 'azure',
  accounts_billing: 'office365',
};

/**
 * Fills an empty case log with a team and its roster, and a few hundred cases over the last 90 days, some of
 * them escalated to 21Vianet; returns how many cases it added.
 */
export function fillDemoDesk(ctx: ServiceContext, caseCount = 320): number {
  if (casePage(ctx, { filters: {}, sort: 'updated', dir: 'desc', limit: 1 }).items.length > 0) return 0;
  const team = fillDemoDuty(ctx, localDateOf(ctx.now(), utcOffsetOf(ctx)));
  fillDemoKnowledge(ctx);
  const random = seededRandom(2026);
  const end = ctx.now();
  let clock = end - 90 * DAY;
  let demoCtx: ServiceContext = { ...ctx, now: () => clock };

  ctx.db.transaction(() => {
    fillDemoHistory(ctx, team);
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
      // The team takes turns, so that the timelines and the reports have more than one name.
      if (team.length > 0) demoCtx = { ...demoCtx, agentId: team[i % team.length]! };
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
      // Older cases are further along: the last half day's are new, the last few days' open, the rest done.
      const age = (caseCount - i) / caseCount;
      const path: CaseStatus[] = age < NEW_AGE ? [] : ['in_progress'];
      if (age >= NEW_AGE && age < OPEN_AGE && random.next() < 0.5) {
        path.push(random.next() < 0.5 ? 'waiting_customer' : 'waiting_21v');
      }
      if (age >= OPEN_AGE && random.next() < 0.3)
        path.push(random.next() < 0.5 ? 'waiting_customer' : 'waiting_21v');
      if (age >= OPEN_AGE) path.push('resolved');
      if (age > 0.3) path.push('closed');
      let status: CaseStatus = created.status;
      let escalationId: string | null = null;
      for (const to of path) {
        clock = Math.min(end, clock + Math.floor(random.next() * 4 * 60 * 60 * 1000) + 60_000);
        if (random.next() < 0.7) addNote(demoCtx, { caseId: created.id, body: random.pick(DEMO_NOTES) });
        // Taking a case on starts with a reply to the customer: the first response is met.
        if (to === 'in_progress') addReply(demoCtx, { caseId: created.id, body: random.pick(DEMO_REPLIES) });
        if (to === 'waiting_21v') {
          // Waiting on 21Vianet the way the desk gets there: a justified escalation with 21Vianet's number.
          escalationId = escalate(demoCtx, created, random, i);
          status = to;
          continue;
        }
        if (escalationId && status === 'waiting_21v') {
          // 21Vianet gave a solution: the case is the desk's again.
          status = updateEscalation(demoCtx, {
            id: escalationId,
            from: 'submitted',
            to: 'solution_given',
            note: DEMO_SOLUTION,
          }).case.status;
        }
        changeStatus(demoCtx, { caseId: created.id, from: status, to });
        status = to;
      }
    }
  })();
  return caseCount;
}

/** Prepares and submits an escalation of a case in progress; returns its id. */
function escalate(ctx: ServiceContext, detail: CaseDetail, random: SeededRandom, n: number): string {
  const reason = random.pick(ESCALATION_REASONS);
  const draft = prepareEscalation(ctx, {
    caseId: detail.id,
    tried: random.pick(DEMO_NOTES),
    reasons: [{ reason, evidence: DEMO_EVIDENCE[reason] }],
    service: detail.service,
    // The demo customers hold no premium agreement, so 21Vianet takes B at most.
    severity: detail.severity === 'C' ? 'C' : 'B',
    title: detail.title,
    issue: detail.description,
    businessImpact: '部分员工无法正常办公。',
    contact: 'IT 管理员 138 0000 0000',
    target: random.next() < 0.7 ? 'partner_center' : 'admin_center',
    summaryLanguage: 'zh-CN',
    offline: false,
  });
  submitEscalation(ctx, {
    id: draft.id,
    requestNumber: `2611${String(240_000 + n * 37).padStart(8, '0')}`,
    vianetSeverity: detail.severity === 'C' ? 'C' : 'B',
    vianetContact: '世纪互联 王工 400-089-0365',
  });
  return draft.id;
}

/** The terminal the demo desk is filled from, before any window or tab. */
const DEMO_TERMINAL = 'demo';

/**
 * Fills the desk as its first agent, signed in as on a fresh desk; that sign-in is then left for the
 * first window or tab to carry on, so the demo opens with the lead on duty.
 */
export function fillDemoDeskAtStart(desk: Desk): number {
  const added = fillDemoDesk(desk.contextAt(DEMO_TERMINAL));
  desk.leave(DEMO_TERMINAL);
  return added;
}
