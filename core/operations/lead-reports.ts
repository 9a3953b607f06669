// The desk lead's reports. Implemented by electron/services/sla-report.ts and its neighbours.
import type { AgentsReport } from '../agents-report';
import type { CoverageReport } from '../coverage-report';
import type { HandoverReport } from '../handover-report';
import { leadReportInput } from '../lead-reports';
import { reads } from '../operation';
import type { SlaReport } from '../sla-report';

export const leadReportOperations = {
  'leadReports.sla': reads<SlaReport>()(leadReportInput),
  'leadReports.handovers': reads<HandoverReport>()(leadReportInput),
  'leadReports.coverage': reads<CoverageReport>()(leadReportInput),
  'leadReports.agents': reads<AgentsReport>()(leadReportInput),
};
