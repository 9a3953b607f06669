/** The lead reports beside the escalation report, in the order of their tabs; each is `#/reports/<kind>`. */
export const LEAD_REPORTS = ['sla', 'handovers', 'coverage', 'agents'] as const;
export type LeadReportKind = (typeof LEAD_REPORTS)[number];
