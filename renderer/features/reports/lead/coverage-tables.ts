// The coverage report's table, cell by cell: the 168 hours of the week as the page lists them under the
// heatmap (its accessible form) and as CSV holds them.
import type { CoverageHourOfWeek, CoverageReport } from '../../../../core/coverage-report';
import type { LeadLabels } from './report-labels';
import type { ReportTable } from './report-table';

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const one = (v: number) => v.toFixed(1);

/** The hour's marks as words, so that the table says what the heatmap's symbols show. */
export const marksOf = (l: LeadLabels, h: CoverageHourOfWeek) =>
  [
    h.busiest && l.t('coverageReport.busiest'),
    h.unstaffed && l.t('coverageReport.unstaffed'),
    h.unrostered && l.t('coverageReport.unrostered'),
  ]
    .filter(Boolean)
    .join(l.t('leadReports.printedValueSeparator'));

export const weekdayName = (l: LeadLabels, weekday: number) => l.t(`duty.weekdays.${weekday}`);
export const hourRange = (l: LeadLabels, hour: number) =>
  l.t('coverageReport.hourRange', { start: hh(hour), end: hh(hour + 1) });

export function coverageTable(r: CoverageReport, l: LeadLabels): ReportTable {
  return {
    key: 'hours',
    title: l.t('coverageReport.hourTable'),
    columns: [
      { key: 'weekday', title: l.t('coverageReport.weekday') },
      { key: 'hour', title: l.t('coverageReport.hour') },
      { key: 'arrivals', title: l.t('coverageReport.arrivals'), numeric: true },
      { key: 'rostered', title: l.t('coverageReport.rostered'), numeric: true },
      { key: 'signedIn', title: l.t('coverageReport.signedIn'), numeric: true },
      { key: 'demand', title: l.t('coverageReport.demandPerAgent'), numeric: true },
      { key: 'marks', title: l.t('coverageReport.marks') },
    ],
    rows: r.hours.map((h) => ({
      key: `${h.weekday}-${h.hour}`,
      cells: [
        weekdayName(l, h.weekday),
        hourRange(l, h.hour),
        one(h.arrivals),
        one(h.rostered),
        one(h.signedIn),
        h.demandPerAgent === null ? '–' : h.demandPerAgent.toFixed(2),
        marksOf(l, h),
      ],
    })),
  };
}

export const coverageTables = (r: CoverageReport, l: LeadLabels) => [coverageTable(r, l)];
