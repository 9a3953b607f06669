import { BarChartOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { plainPage } from '../../lib/pages';
import { createReportSlice, type ReportSlice } from './report-slice';
import { lazyComponent } from '../../lib/lazy-component';

const EscalationReportPage = lazyComponent(() => import('./EscalationReportPage'), 'EscalationReportPage');

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
  pages: [plainPage('escalationReport', 'reports/escalations', () => <EscalationReportPage />)],
  menu: {
    key: 'reports',
    icon: <BarChartOutlined />,
    label: 'escalationReport.nav',
    route: { name: 'escalationReport' },
  },
  slices: [createReportSlice],
};
