/** The lead reports beside the escalation report, in the order of their tabs; each is `#/reports/<kind>`. */
export const LEAD_REPORTS = ['sla', 'handovers', 'times', 'volume', 'coverage', 'agents'] as const;
export type LeadReportKind = (typeof LEAD_REPORTS)[number];

/** A report's name: the first reports' under leadReports.nav, each later one's in its own file (`<kind>Report`). */
export const leadReportTitleKeys = (kind: LeadReportKind) => [`leadReports.nav.${kind}`, `${kind}Report.nav`];
