import type { leadReportOperations } from '../../core/operations/lead-reports';
import type { Handlers } from './handlers';
import { handoverReport } from './handover-report';
import { slaReport } from './sla-report';
import { agentsReport } from './agents-report';
import { coverageReport } from './coverage-report';

/** The operations of core/operations/lead-reports.ts, bound to one service function per report. */
export const leadReportHandlers: Handlers<typeof leadReportOperations> = {
  'leadReports.sla': slaReport,
  'leadReports.handovers': handoverReport,
  'leadReports.coverage': coverageReport,
  'leadReports.agents': agentsReport,
};
