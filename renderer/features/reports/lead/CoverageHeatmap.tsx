import { useMemo } from 'react';
import type { CoverageHourOfWeek, CoverageReport } from '../../../../core/coverage-report';
import { EChart } from '../chart/EChart';
import { hourRange, weekdayName } from './coverage-tables';
import type { LeadLabels } from './report-labels';

export const COVERAGE_VIEWS = ['demand', 'arrivals', 'rostered', 'signedIn'] as const;
export type CoverageView = (typeof COVERAGE_VIEWS)[number];

const valueOf = (h: CoverageHourOfWeek, view: CoverageView): number | null =>
  view === 'demand' ? h.demandPerAgent : h[view];

/** The marks drawn on a cell: ▲ the busiest per agent, ✕ cases with nobody signed in, ○ nobody rostered. */
const markOf = (h: CoverageHourOfWeek) =>
  `${h.busiest ? '▲' : ''}${h.unstaffed ? '✕' : ''}${h.unrostered && !h.unstaffed ? '○' : ''}`;

const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** The week as a grid, Monday at the top and the hours across, coloured by the chosen measure. */
export function CoverageHeatmap({
  report,
  view,
  labels,
}: {
  report: CoverageReport;
  view: CoverageView;
  labels: LeadLabels;
}) {
  const option = useMemo(() => {
    const values = report.hours.map((h) => valueOf(h, view));
    const max = Math.max(0.01, ...values.map((v) => v ?? 0));
    return {
      grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
      tooltip: {
        formatter: (p: { value: [hour: number, day: number, value: number | null] }) => {
          const h = report.hours[p.value[1] * 24 + p.value[0]]!;
          const v = p.value[2];
          return labels.t('coverageReport.cellTitle', {
            weekday: weekdayName(labels, h.weekday),
            hour: hourRange(labels, h.hour),
            value: v === null ? '–' : v.toFixed(2),
          });
        },
      },
      xAxis: {
        type: 'category',
        data: Array.from({ length: 24 }, (_, i) => String(i).padStart(2, '0')),
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: DAYS.map((d) => weekdayName(labels, d)),
        splitArea: { show: true },
      },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        precision: view === 'demand' ? 2 : 1,
        inRange: { color: ['#f0f5ff', '#85a5ff', '#1d39c4', '#cf1322'] },
      },
      series: [
        {
          type: 'heatmap',
          name: labels.t(`coverageReport.view.${view}`),
          data: report.hours.map((h, i) => ({
            value: [h.hour, h.weekday - 1, values[i]],
            label: { show: markOf(h) !== '', formatter: markOf(h), color: '#fff', fontSize: 11 },
            itemStyle: h.unstaffed ? { borderColor: '#cf1322', borderWidth: 2 } : undefined,
          })),
          emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
        },
      ],
    };
  }, [report, view, labels]);
  return <EChart option={option} label={labels.t('coverageReport.heatmap')} height={300} />;
}
