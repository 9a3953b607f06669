import type { leadReportsOperations } from '../../core/lead-reports';
import type { Handlers } from './handlers';
import { handoverReport } from './handover-report';
import { slaReport } from './sla-report';
import { agentsReport } from './agents-report';
import { coverageReport } from './coverage-report';

/** The operations of core/lead-reports.ts (`leadReportsOperations`), bound to one service function per report. */
export const leadReportsHandlers: Handlers<typeof leadReportsOperations> = {
  'leadReports.sla': slaReport,
  'leadReports.handovers': handoverReport,
  'leadReports.coverage': coverageReport,
  'leadReports.agents': agentsReport,
};
