// The handover report's table, cell by cell: what the page shows under its chart and what CSV holds.
import { HANDOVER_COUNTS, type HandoverReport, type HandoverTally } from '../../../../core/handover-report';
import { durationOrDash, type LeadLabels } from './report-labels';
import { numberColumns, percentText, periodColumn, totalRow, type ReportTable } from './report-table';

const cells = (l: LeadLabels, t: HandoverTally) => [
  String(t.shiftsEnded),
  `${t.shiftsAcknowledged} (${percentText(t.shiftsEnded > 0 ? t.shiftsAcknowledged / t.shiftsEnded : null)})`,
  String(t.shiftsOverridden),
  String(t.written),
  String(t.acknowledged),
  String(t.pending),
  String(t.superseded),
  durationOrDash(l, t.averageReadBackMs),
  durationOrDash(l, t.longestReadBackMs),
];

const COLUMNS = [...HANDOVER_COUNTS, 'averageReadBack', 'longestReadBack'] as const;

export function handoverTable(r: HandoverReport, l: LeadLabels): ReportTable {
  return {
    key: 'perPeriod',
    title: l.t('leadReports.handovers.perPeriod'),
    columns: [periodColumn(l), ...numberColumns(l, 'leadReports.handovers', COLUMNS)],
    rows: [
      ...r.periods.map((p) => ({ key: p.key, cells: [p.key, ...cells(l, p)] })),
      totalRow(l, cells(l, r.totals)),
    ],
  };
}

export const handoverTables = (r: HandoverReport, l: LeadLabels) => [handoverTable(r, l)];
