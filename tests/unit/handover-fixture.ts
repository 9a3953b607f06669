// A small desk at 16:00 China time, as the pure handover rules see it: open cases and their clocks.
import type { CaseStatus, Severity } from '../../core/domain';
import type { CarryOver, CasePlan, HandoverDocument, OpenCaseFacts } from '../../core/handover';
import { computeSla, DEFAULT_SLA_POLICY, type SlaClocks, type SlaEvent } from '../../core/sla';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const NOW = Date.UTC(2026, 10, 24, 8, 0);

export const ME = { id: 'agent-li', name: '李娜' };
export const LEAD = { id: 'agent-wang', name: '王强' };

interface Spec {
  id: string;
  number: number;
  severity: Severity;
  status: CaseStatus;
  /** Minutes before NOW the case was created. */
  createdAgo: number;
  /** Minutes before NOW the case went into `status` (for waiting statuses). */
  statusAgo?: number;
  requestNumber?: string;
}

const SPECS: Spec[] = [
  { id: 'c-login', number: 1, severity: 'C', status: 'in_progress', createdAgo: 30 },
  { id: 'c-mail-a', number: 2, severity: 'A', status: 'new', createdAgo: 60 },
  { id: 'c-outage', number: 3, severity: 'A', status: 'new', createdAgo: 180 },
  {
    id: 'c-billing',
    number: 4,
    severity: 'B',
    status: 'waiting_21v',
    createdAgo: 120,
    statusAgo: 60,
    requestNumber: '2611240010001234',
  },
  { id: 'c-teams', number: 5, severity: 'B', status: 'in_progress', createdAgo: 10 },
  { id: 'c-license', number: 6, severity: 'C', status: 'waiting_customer', createdAgo: 400, statusAgo: 300 },
  { id: 'c-vpn', number: 7, severity: 'A', status: 'waiting_customer', createdAgo: 90, statusAgo: 30 },
];

const number = (n: number) => `SD-2026-${String(n).padStart(6, '0')}`;

export const CASES: OpenCaseFacts[] = SPECS.map((s) => ({
  caseId: s.id,
  number: number(s.number),
  title: `案例 ${s.number}`,
  customerName: '上海明远贸易有限公司',
  severity: s.severity,
  status: s.status,
  owner: s.number % 2 ? ME : null,
  requestNumber: s.requestNumber ?? null,
  waitingOn21vSince: s.status === 'waiting_21v' ? NOW - (s.statusAgo ?? 0) * MIN : null,
}));

/** Clocks from a timeline as the service would read it: created, then the status change if any. */
export function clocksOf(now = NOW): Map<string, SlaClocks> {
  return new Map(
    SPECS.map((s) => {
      const events: SlaEvent[] = [{ at: NOW - s.createdAgo * MIN, kind: 'created', severity: s.severity }];
      if (s.status !== 'new') {
        const at = NOW - (s.statusAgo ?? s.createdAgo - 1) * MIN;
        events.push({ at, kind: 'status', to: s.status });
      }
      return [s.id, computeSla(events, DEFAULT_SLA_POLICY, now)];
    }),
  );
}

export const plan = (over: Partial<CasePlan> = {}): CasePlan => ({
  nextAction: '电话回访客户确认邮件恢复',
  owner: LEAD,
  deadline: NOW + HOUR,
  contingencyIf: '如果 17:00 前客户未回电',
  contingencyThen: '则升级给值班主管',
  ...over,
});

/** A handover with every section filled in, as an agent would submit it. */
export function completed(doc: HandoverDocument): HandoverDocument {
  return {
    ...doc,
    items: doc.items.map((i) => ({ ...i, ...plan() })),
    watch: [{ id: 'w-1', text: '关注世纪互联 Exchange Online 公告', carriedFrom: null }],
    notes: '本班无其他事项。',
  };
}

export const previous = (plans: [string, CasePlan][], watch: CarryOver['watch'] = []): CarryOver => ({
  id: 'h-previous',
  plans: new Map(plans),
  watch,
});
