import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, SUPPORT_AREAS } from '../../../../core/domain';
import { HOUR } from '../../../../core/time';
import { TIME_METRICS, type SpreadByMetric, type TimesReport } from '../../../../core/times-report';
import { EChart } from '../chart/EChart';
import { SERIES_COLORS } from '../chart/options';

/** Hours to one decimal for the chart; null leaves a gap where nothing was measured. */
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR) * 10) / 10);
const FIGURES = [
  ['median', 'medianMs'],
  ['p90', 'p90Ms'],
] as const;

function useSeries(type: 'line' | 'bar', spreads: SpreadByMetric[]) {
  const { t } = useTranslation();
  return TIME_METRICS.flatMap((m) =>
    FIGURES.map(([f, field]) => ({
      type,
      name: `${t(`timesReport.metric.${m}`)} · ${t(`timesReport.${f}`)}`,
      connectNulls: true,
      barMaxWidth: 18,
      lineStyle: f === 'p90' ? { type: 'dashed' } : undefined,
      data: spreads.map((s) => hours(s[m][field])),
    })),
  );
}

const base = (t: (k: string) => string) => ({
  grid: { left: 8, right: 16, top: 40, bottom: 4, containLabel: true },
  tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '–' : `${v} h`) },
  legend: { top: 0 },
  color: SERIES_COLORS,
  yAxis: { type: 'value', name: t('timesReport.hours') },
});

/** Median and 90th percentile of both times, period by period. */
export function TimesOverTimeChart({ report }: { report: TimesReport }) {
  const { t } = useTranslation();
  const series = useSeries('line', report.periods);
  const option = useMemo(
    () => ({ ...base(t), xAxis: { type: 'category', data: report.periods.map((p) => p.key) }, series }),
    [report, series, t],
  );
  return <EChart option={option} label={t('timesReport.overTime')} height={260} />;
}

/** Median and 90th percentile of both times per severity, or per support area. */
export function TimesByChart({ report, by }: { report: TimesReport; by: 'severity' | 'supportArea' }) {
  const { t } = useTranslation();
  const keys = by === 'severity' ? SEVERITIES : SUPPORT_AREAS;
  const spreads = keys.map((k) =>
    by === 'severity'
      ? report.bySeverity[k as (typeof SEVERITIES)[number]]
      : report.bySupportArea[k as (typeof SUPPORT_AREAS)[number]],
  );
  const series = useSeries('bar', spreads);
  const option = useMemo(
    () => ({
      ...base(t),
      tooltip: { ...base(t).tooltip, axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: keys.map((k) => t(by === 'severity' ? `severities.${k}` : `supportAreas.${k}`)),
        axisLabel: { interval: 0, width: 90, overflow: 'break' },
      },
      series,
    }),
    [keys, by, series, t],
  );
  const label = t(by === 'severity' ? 'timesReport.bySeverity' : 'timesReport.bySupportArea');
  return <EChart option={option} label={label} height={by === 'severity' ? 240 : 280} />;
}
