import { useMemo } from 'react';
import type { OutputOf } from '../../../../core/api';
import type { LeadReportName } from '../report-slice';
import type { LeadLabels } from './report-labels';
import type { ReportTable } from './report-table';
import { useLeadLabels } from './use-lead-labels';
import { useLeadReport } from './use-lead-report';

/**
 * A lead report with its tables written in the agent's language: what each report page shows and exports.
 * `build` is a module-level function, so that the tables are built again only for a new report or language.
 */
export function useLeadTables<K extends LeadReportName>(
  name: K,
  build: (report: OutputOf<K>, labels: LeadLabels) => ReportTable[],
) {
  const labels = useLeadLabels();
  const { report, range } = useLeadReport(name);
  const tables = useMemo(() => report && build(report, labels), [report, labels, build]);
  return { report, range, labels, tables };
}
