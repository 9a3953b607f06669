// The handover report's table, cell by cell: what the page shows under its chart and what CSV holds.
import { HANDOVER_COUNTS, type HandoverReport, type HandoverTally } from '../../../../core/handover-report';
import { durationOrDash, type LeadLabels } from './report-labels';
import { percentText, periodTable, type ReportTable } from './report-table';

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
  return periodTable(l, {
    key: 'perPeriod',
    title: l.t('leadReports.handovers.perPeriod'),
    group: 'leadReports.handovers',
    columns: COLUMNS,
    periods: r.periods,
    cells: (p) => cells(l, p),
    total: cells(l, r.totals),
  });
}

export const handoverTables = (r: HandoverReport, l: LeadLabels) => [handoverTable(r, l)];
