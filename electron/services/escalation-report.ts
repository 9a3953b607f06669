import type { ParsedInputOf } from '../../core/api';
import { REPORT_DIMENSIONS, type EscalationReport } from '../../core/escalation-report';
import {
  casesCreatedPerPeriod,
  partnerRequestsSubmitted,
  submittedEscalations,
  waitingOn21v,
} from '../../db/queries/escalation-report';
import type { ServiceContext } from './context';
import { countBy, periodIndex, repeatedTopics, reportPeriods, share } from './escalation-report-math';
import type { escalationReportOperations } from '../../core/escalation-report';
import type { Handlers } from './handlers';

/** The escalation report for a range: the rows come from the case log, the arithmetic is pure. */
export function escalationReport(
  ctx: ServiceContext,
  input: ParsedInputOf<'escalationReport.get'>,
): EscalationReport {
  const now = ctx.now();
  const periods = reportPeriods(input.from, input.to, input.granularity, input.utcOffsetMin);
  const escalations = submittedEscalations(ctx.db, input.from, input.to);
  const cases = casesCreatedPerPeriod(ctx.db, periods);
  const perPeriod = periods.map(() => 0);
  for (const e of escalations) {
    const i = periodIndex(periods, e.submittedAt);
    if (i >= 0) perPeriod[i]! += 1;
  }
  const casesCreated = cases.reduce((n, c) => n + c.created, 0);
  const casesEscalated = cases.reduce((n, c) => n + c.escalated, 0);
  return {
    from: input.from,
    to: input.to,
    granularity: input.granularity,
    periods: periods.map((p, i) => ({
      ...p,
      escalations: perPeriod[i]!,
      casesCreated: cases[i]?.created ?? 0,
      casesEscalated: cases[i]?.escalated ?? 0,
    })),
    dimensions: Object.fromEntries(
      REPORT_DIMENSIONS.map((d) => [d, countBy(escalations, periods, d)]),
    ) as EscalationReport['dimensions'],
    totals: {
      escalations: escalations.length,
      casesCreated,
      casesEscalated,
      share: share(casesEscalated, casesCreated),
      partnerRequests: partnerRequestsSubmitted(ctx.db, input.from, input.to),
    },
    repeated: repeatedTopics(escalations),
    waiting: waitingOn21v(ctx.db)
      .map((w) => ({ ...w, waitingMs: Math.max(0, now - w.submittedAt) }))
      .sort((a, b) => b.waitingMs - a.waitingMs),
    generatedAt: now,
  };
}

/** The operations of core/escalation-report.ts (`escalationReportOperations`), bound to the functions above. */
export const escalationReportHandlers: Handlers<typeof escalationReportOperations> = {
  'escalationReport.get': escalationReport,
};
