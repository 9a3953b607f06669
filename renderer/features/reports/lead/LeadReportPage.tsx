import type { ComponentType } from 'react';
import type { LeadReportKind } from '../lead-report-kinds';
import { HandoverReportPage } from './HandoverReportPage';
import { SlaReportPage } from './SlaReportPage';
import { TimesReportPage } from './TimesReportPage';
import { VolumeReportPage } from './VolumeReportPage';
import { AgentsReportPage } from './AgentsReportPage';
import { CoverageReportPage } from './CoverageReportPage';

const PAGES: Record<LeadReportKind, ComponentType> = {
  sla: SlaReportPage,
  handovers: HandoverReportPage,
  times: TimesReportPage,
  volume: VolumeReportPage,
  coverage: CoverageReportPage,
  agents: AgentsReportPage,
};

/** #/reports/<kind>: one lead report. */
export function LeadReportPage({ report }: { report: LeadReportKind }) {
  const Page = PAGES[report];
  return <Page />;
}
