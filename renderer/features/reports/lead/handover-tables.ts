// The handover report's table, cell by cell: what the page shows under its chart and what CSV holds.
import { HANDOVER_COUNTS, type HandoverReport, type HandoverTally } from '../../../../core/handover-report';
import { durationText, type LeadLabels } from './report-labels';
import { percentText, type ReportTable } from './report-table';

const readBack = (l: LeadLabels, ms: number | null) => (ms === null ? '–' : durationText(l, ms));

const cells = (l: LeadLabels, t: HandoverTally) => [
  String(t.shiftsEnded),
  `${t.shiftsAcknowledged} (${percentText(t.shiftsEnded > 0 ? t.shiftsAcknowledged / t.shiftsEnded : null)})`,
  String(t.shiftsOverridden),
  String(t.written),
  String(t.acknowledged),
  String(t.pending),
  String(t.superseded),
  readBack(l, t.averageReadBackMs),
  readBack(l, t.longestReadBackMs),
];

const COLUMNS = [...HANDOVER_COUNTS, 'averageReadBack', 'longestReadBack'] as const;

export function handoverTable(r: HandoverReport, l: LeadLabels): ReportTable {
  return {
    key: 'perPeriod',
    title: l.t('leadReports.handovers.perPeriod'),
    columns: [
      { key: 'period', title: l.t('leadReports.periodColumn') },
      ...COLUMNS.map((c) => ({ key: c, title: l.t(`leadReports.handovers.${c}`), numeric: true })),
    ],
    rows: [
      ...r.periods.map((p) => ({ key: p.key, cells: [p.key, ...cells(l, p)] })),
      { key: 'total', cells: [l.t('leadReports.total'), ...cells(l, r.totals)] },
    ],
  };
}
