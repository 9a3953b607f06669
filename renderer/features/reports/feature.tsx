import { BarChartOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { definePage } from '../../lib/navigation';
import { plainPage } from '../../lib/pages';
import { createReportSlice, type ReportSlice } from './report-slice';
import { lazyComponent } from '../../lib/lazy-component';
import { LEAD_REPORTS, type LeadReportKind } from './lead-report-kinds';

const EscalationReportPage = lazyComponent(() => import('./EscalationReportPage'), 'EscalationReportPage');
const LeadReportPage = lazyComponent(() => import('./lead/LeadReportPage'), 'LeadReportPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    escalationReport: object;
    leadReport: { report: LeadReportKind };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    report: ReportSlice;
  }
}

const isLeadReport = (part: string | undefined): part is LeadReportKind =>
  (LEAD_REPORTS as readonly (string | undefined)[]).includes(part);

/** The desk lead's reports: escalations, SLA compliance and the rest, one tab each under 报表. */
export const reportsFeature: Feature = {
  pages: [
    plainPage('escalationReport', 'reports/escalations', () => <EscalationReportPage />),
    definePage({
      name: 'leadReport',
      parse: (parts) =>
        parts.length === 2 && parts[0] === 'reports' && isLeadReport(parts[1])
          ? { name: 'leadReport', report: parts[1] }
          : null,
      format: (route) => `#/reports/${route.report}`,
      render: (route) => <LeadReportPage report={route.report} />,
      section: 'reports',
    }),
  ],
  menu: {
    key: 'reports',
    icon: <BarChartOutlined />,
    label: 'escalationReport.nav',
    route: { name: 'escalationReport' },
  },
  slices: [createReportSlice],
};
