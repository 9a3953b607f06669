// The volume report's tables, cell by cell: what the page shows under its charts and what CSV holds.
import {
  AGE_BANDS,
  VOLUME_BREAKDOWNS,
  type VolumeBreakdown,
  type VolumeReport,
  type VolumeShare,
} from '../../../../core/volume-report';
import type { LeadLabels } from './report-labels';
import { numberColumns, periodTable, type ReportTable } from './report-table';

const COUNTS = ['created', 'resolved', 'closed', 'openAtEnd'] as const;

export function volumePeriodTable(r: VolumeReport, l: LeadLabels): ReportTable {
  return periodTable(l, {
    key: 'perPeriod',
    title: l.t('volumeReport.perPeriod'),
    group: 'volumeReport',
    columns: COUNTS,
    periods: r.periods,
    cells: (p) => COUNTS.map((c) => String(p[c])),
    total: [
      String(r.totals.created),
      String(r.totals.resolved),
      String(r.totals.closed),
      String(r.periods.at(-1)?.openAtEnd ?? 0),
    ],
  });
}

/** The backlog at each period's end by age band, a row a period (a snapshot each: no total). */
export function volumeAgeTable(r: VolumeReport, l: LeadLabels): ReportTable {
  return periodTable(l, {
    key: 'ages',
    title: l.t('volumeReport.ages'),
    group: 'volumeReport.band',
    columns: AGE_BANDS,
    periods: r.periods,
    cells: (p) => AGE_BANDS.map((b) => String(p.ages[b])),
  });
}

/** A channel, area or service in the agent's language; a customer by its name. */
export function shareName(l: LeadLabels, dim: VolumeBreakdown, s: VolumeShare): string {
  if (dim === 'channel') return l.t(`channels.${s.key}`);
  if (dim === 'supportArea') return l.t(`supportAreas.${s.key}`);
  if (dim === 'service') return l.service(s.key);
  return s.name;
}

export function volumeBreakdownTable(r: VolumeReport, l: LeadLabels, dim: VolumeBreakdown): ReportTable {
  return {
    key: dim,
    title: l.t(`volumeReport.breakdown.${dim}`),
    columns: [
      { key: dim, title: l.t(`volumeReport.column.${dim}`) },
      ...numberColumns(l, 'volumeReport', ['created', 'resolved']),
    ],
    rows: r.breakdowns[dim].map((s) => ({
      key: s.key,
      cells: [shareName(l, dim, s), String(s.created), String(s.resolved)],
    })),
  };
}

export const volumeTables = (r: VolumeReport, l: LeadLabels): ReportTable[] => [
  volumePeriodTable(r, l),
  volumeAgeTable(r, l),
  ...VOLUME_BREAKDOWNS.map((d) => volumeBreakdownTable(r, l, d)),
];
