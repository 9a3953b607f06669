import type { TFunction } from 'i18next';
import { SEVERITIES } from '../../../../core/domain';
import { SLA_CLOCKS } from '../../../../core/sla';
import { metShare, type SlaReport, type SlaTally } from '../../../../core/sla-report';
import { leftPercentAxis, type CategoryChart } from '../chart/options';

/** A share as a percentage to one decimal for the chart; null leaves a gap where nothing ended. */
const pct = (t: SlaTally) => {
  const s = metShare(t);
  return s === null ? null : Math.round(s * 1000) / 10;
};
const percentTooltip = { valueFormatter: (v: number | null) => (v === null ? '–' : `${v}%`) };

/** The share met per clock, period by period. */
export const slaOverTimeChart = (report: SlaReport, t: TFunction): CategoryChart => ({
  categories: report.periods.map((p) => p.key),
  tooltip: percentTooltip,
  yAxis: leftPercentAxis(),
  series: SLA_CLOCKS.map((c) => ({
    type: 'line',
    name: t(`sla.clock.${c}`),
    connectNulls: true,
    data: report.periods.map((p) => pct(p.clocks[c])),
  })),
});

/** The share met per severity, one bar per clock. */
export const slaSeverityChart = (report: SlaReport, t: TFunction): CategoryChart => ({
  categories: SEVERITIES.map((s) => t(`severities.${s}`)),
  shadow: true,
  tooltip: percentTooltip,
  yAxis: leftPercentAxis(),
  series: SLA_CLOCKS.map((c) => ({
    type: 'bar',
    name: t(`sla.clock.${c}`),
    barMaxWidth: 28,
    data: SEVERITIES.map((s) => pct(report.bySeverity[s][c])),
    label: { show: true, position: 'top', fontSize: 11, formatter: '{c}%' },
  })),
});
