import type { LeadReportKind } from '../lead-report-kinds';
import { HandoverReportPage } from './HandoverReportPage';
import { SlaReportPage } from './SlaReportPage';
import { TimesReportPage } from './TimesReportPage';
import { VolumeReportPage } from './VolumeReportPage';
import { AgentsReportPage } from './AgentsReportPage';
import { CoverageReportPage } from './CoverageReportPage';

/** #/reports/<kind>: one lead report. */
export function LeadReportPage({ report }: { report: LeadReportKind }) {
  switch (report) {
    case 'sla':
      return <SlaReportPage />;
    case 'handovers':
      return <HandoverReportPage />;
    case 'times':
      return <TimesReportPage />;
    case 'volume':
      return <VolumeReportPage />;
    case 'coverage':
      return <CoverageReportPage />;
    case 'agents':
      return <AgentsReportPage />;
  }
}
