import { BarChartOutlined } from '@ant-design/icons';
import { definePage, type Feature } from '../../lib/navigation';
import { EscalationReportPage } from './EscalationReportPage';
import { createReportSlice, type ReportSlice } from './report-slice';

declare module '../../lib/navigation' {
  interface RouteParams {
    escalationReport: object;
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    report: ReportSlice;
  }
}

/** The desk lead's reports: how often and why the desk escalates. */
export const reportsFeature: Feature = {
  pages: [
    definePage({
      name: 'escalationReport',
      parse: (parts) =>
        parts[0] === 'reports' && parts[1] === 'escalations' ? { name: 'escalationReport' } : null,
      format: () => '#/reports/escalations',
      render: () => <EscalationReportPage />,
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
