import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../core/domain';
import { SLA_CLOCKS } from '../../../../core/sla';
import { metShare, type SlaReport, type SlaTally } from '../../../../core/sla-report';
import { EChart } from '../chart/EChart';
import { SERIES_COLORS, percentAxis } from '../chart/options';

/** A share as a percentage to one decimal for the chart; null leaves a gap where nothing ended. */
const pct = (t: SlaTally) => {
  const s = metShare(t);
  return s === null ? null : Math.round(s * 1000) / 10;
};
const percentTooltip = { valueFormatter: (v: number | null) => (v === null ? '–' : `${v}%`) };

/** The share met per clock, period by period. */
export function SlaOverTimeChart({ report }: { report: SlaReport }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', ...percentTooltip },
      legend: { top: 0 },
      color: SERIES_COLORS,
      xAxis: { type: 'category', data: report.periods.map((p) => p.key) },
      yAxis: { ...percentAxis(), position: 'left', splitLine: { show: true } },
      series: SLA_CLOCKS.map((c) => ({
        type: 'line',
        name: t(`sla.clock.${c}`),
        connectNulls: true,
        data: report.periods.map((p) => pct(p.clocks[c])),
      })),
    }),
    [report, t],
  );
  return <EChart option={option} label={t('leadReports.sla.overTime')} height={260} />;
}

/** The share met per severity, one bar per clock. */
export function SlaSeverityChart({ report }: { report: SlaReport }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...percentTooltip },
      legend: { top: 0 },
      color: SERIES_COLORS,
      xAxis: { type: 'category', data: SEVERITIES.map((s) => t(`severities.${s}`)) },
      yAxis: { ...percentAxis(), position: 'left', splitLine: { show: true } },
      series: SLA_CLOCKS.map((c) => ({
        type: 'bar',
        name: t(`sla.clock.${c}`),
        barMaxWidth: 28,
        data: SEVERITIES.map((s) => pct(report.bySeverity[s][c])),
        label: { show: true, position: 'top', fontSize: 11, formatter: '{c}%' },
      })),
    }),
    [report, t],
  );
  return <EChart option={option} label={t('leadReports.sla.bySeverity')} height={240} />;
}
