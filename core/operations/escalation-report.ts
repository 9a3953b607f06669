// The escalation report. Implemented by electron/services/escalation-report.ts.
import { type EscalationReport, reportsEscalationsInput } from '../escalation-report';
import { reads } from '../operation';

export const escalationReportOperations = {
  'escalationReport.get': reads<EscalationReport>()(reportsEscalationsInput),
};
