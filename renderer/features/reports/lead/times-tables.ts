// The times report's tables, cell by cell: what the page shows under its charts and what CSV holds.
import { SEVERITIES, SUPPORT_AREAS } from '../../../../core/domain';
import {
  TIME_METRICS,
  type SpreadByMetric,
  type TimeSpread,
  type TimesReport,
} from '../../../../core/times-report';
import { durationOrDash, type LeadLabels } from './report-labels';
import { periodColumn, type ReportTable } from './report-table';

const FIGURES = ['count', 'median', 'p90', 'worst'] as const;
const spreadCells = (l: LeadLabels, s: TimeSpread) => [
  String(s.count),
  durationOrDash(l, s.medianMs),
  durationOrDash(l, s.p90Ms),
  durationOrDash(l, s.worstMs),
];

function spreadTable(
  l: LeadLabels,
  key: string,
  title: string,
  first: { key: string; title: string },
  rows: { key: string; label: string; spread: SpreadByMetric }[],
): ReportTable {
  return {
    key,
    title,
    columns: [
      first,
      ...TIME_METRICS.flatMap((m) =>
        FIGURES.map((f) => ({
          key: `${m}.${f}`,
          title: `${l.t(`timesReport.metric.${m}`)} · ${l.t(`timesReport.${f}`)}`,
          numeric: true,
        })),
      ),
    ],
    rows: rows.map((r) => ({
      key: r.key,
      cells: [r.label, ...TIME_METRICS.flatMap((m) => spreadCells(l, r.spread[m]))],
    })),
  };
}

export const timesTables = (r: TimesReport, l: LeadLabels): ReportTable[] => [
  spreadTable(l, 'overTime', l.t('timesReport.overTime'), periodColumn(l), [
    ...r.periods.map((p) => ({ key: p.key, label: p.key, spread: p })),
    { key: 'total', label: l.t('leadReports.total'), spread: r.totals },
  ]),
  spreadTable(
    l,
    'bySeverity',
    l.t('timesReport.bySeverity'),
    { key: 'severity', title: l.t('filters.severity') },
    SEVERITIES.map((s) => ({ key: s, label: l.t(`severities.${s}`), spread: r.bySeverity[s] })),
  ),
  spreadTable(
    l,
    'bySupportArea',
    l.t('timesReport.bySupportArea'),
    { key: 'supportArea', title: l.t('filters.supportArea') },
    SUPPORT_AREAS.map((a) => ({ key: a, label: l.t(`supportAreas.${a}`), spread: r.bySupportArea[a] })),
  ),
];
