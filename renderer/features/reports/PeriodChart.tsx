import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPeriod } from '../../../core/escalation-report';
import { EChart } from './chart/EChart';
import { BAR_COLOR, LINE_COLOR, percentAxis } from './chart/options';

/**
 * Escalations per period as bars, with the share of that period's new cases that were escalated as a line
 * (right scale, %). The breakdown table below holds the same numbers.
 */
export function PeriodChart({ periods }: { periods: readonly ReportPeriod[] }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const shares = periods.map((p) =>
      p.casesCreated > 0 ? Math.round((p.casesEscalated / p.casesCreated) * 1000) / 10 : 0,
    );
    return {
      grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: periods.map((p) => p.key) },
      yAxis: [{ type: 'value', minInterval: 1 }, percentAxis()],
      series: [
        {
          type: 'bar',
          name: t('escalationReport.escalations'),
          data: periods.map((p) => p.escalations),
          barMaxWidth: 36,
          itemStyle: { color: BAR_COLOR, borderRadius: 2 },
          label: { show: true, position: 'top', fontSize: 11 },
        },
        {
          type: 'line',
          name: t('escalationReport.share'),
          yAxisIndex: 1,
          data: shares,
          itemStyle: { color: LINE_COLOR },
          tooltip: { valueFormatter: (v: number) => `${v}%` },
        },
      ],
    };
  }, [periods, t]);
  return <EChart option={option} label={t('escalationReport.perPeriod')} height={220} />;
}
