import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, type VolumeBreakdown, type VolumeReport } from '../../../../core/volume-report';
import type { TFunction } from 'i18next';
import { EChart } from '../chart/EChart';
import { AGE_COLORS, SERIES_COLORS, type CategoryChart } from '../chart/options';
import type { LeadLabels } from './report-labels';
import { shareName } from './volume-tables';

/** The backlog line in a colour of its own, apart from the three bars'. */
const BACKLOG_COLOR = SERIES_COLORS[3];

/** New, resolved and closed per period side by side, and the backlog at each period's end as a line. */
export const volumePeriodChart = (report: VolumeReport, t: TFunction): CategoryChart => ({
  categories: report.periods.map((p) => p.key),
  series: [
    ...(['created', 'resolved', 'closed'] as const).map((k) => ({
      type: 'bar',
      name: t(`volumeReport.${k}`),
      barMaxWidth: 14,
      data: report.periods.map((p) => p[k]),
    })),
    {
      type: 'line',
      name: t('volumeReport.openAtEnd'),
      itemStyle: { color: BACKLOG_COLOR },
      lineStyle: { color: BACKLOG_COLOR, width: 2 },
      data: report.periods.map((p) => p.openAtEnd),
    },
  ],
});

/** The open backlog at each period's end, stacked by age band from the youngest. */
export const volumeAgeChart = (report: VolumeReport, t: TFunction): CategoryChart => ({
  categories: report.periods.map((p) => p.key),
  shadow: true,
  color: AGE_COLORS,
  series: AGE_BANDS.map((b) => ({
    type: 'bar',
    stack: 'ages',
    name: t(`volumeReport.band.${b}`),
    barMaxWidth: 24,
    data: report.periods.map((p) => p.ages[b]),
  })),
});

/** New and resolved per channel, area, service or customer, as horizontal bars, the most first. */
export function VolumeShareChart(props: { report: VolumeReport; dim: VolumeBreakdown; labels: LeadLabels }) {
  const { report, dim, labels } = props;
  const { t } = useTranslation();
  const shares = report.breakdowns[dim];
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 28, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      color: SERIES_COLORS,
      yAxis: {
        type: 'category',
        inverse: true,
        data: shares.map((s) => shareName(labels, dim, s)),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      xAxis: { type: 'value', minInterval: 1 },
      series: (['created', 'resolved'] as const).map((k) => ({
        type: 'bar',
        name: t(`volumeReport.${k}`),
        barMaxWidth: 12,
        data: shares.map((s) => s[k]),
      })),
    }),
    [shares, dim, labels, t],
  );
  return (
    <EChart
      option={option}
      label={t(`volumeReport.breakdown.${dim}`)}
      height={Math.max(120, 40 + shares.length * 30)}
    />
  );
}
