import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './chart/EChart';
import { BAR_COLOR } from './chart/options';
import './reports.css';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

const ROW_HEIGHT = 24;

/**
 * Counts per key as horizontal bars, the largest first. The chart is a picture; the list under it names
 * each bar with its value, for every reader.
 */
export function HBars({ rows, label }: { rows: readonly BarRow[]; label: string }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 36, top: 4, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', show: false },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.label),
        axisTick: { show: false },
        axisLabel: { width: 130, overflow: 'truncate', fontSize: 12 },
      },
      series: [
        {
          type: 'bar',
          name: label,
          data: rows.map((r) => r.value),
          barMaxWidth: 12,
          itemStyle: { color: BAR_COLOR, borderRadius: 2 },
          label: { show: true, position: 'right', fontSize: 12 },
        },
      ],
    }),
    [rows, label],
  );
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('escalationReport.none')} />;
  return (
    <>
      <EChart option={option} label={label} height={rows.length * ROW_HEIGHT + 8} />
      <ul className="lead-report__values" aria-label={label}>
        {rows.map((r) => (
          <li key={r.key} aria-label={`${r.label}: ${r.value}`}>
            <span>{r.label}</span>
            <span>{r.value}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
