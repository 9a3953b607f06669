import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './EChart';
import { categoryChart, type CategoryChart } from './options';

interface Props<R> {
  report: R;
  /** What the chart draws of the report; a module-level function, so it is drawn again only when needed. */
  draw: (report: R, t: TFunction) => CategoryChart;
  /** The chart's name, read out in place of the picture. */
  label: string;
  height: number;
}

/** One of a lead report's category charts, drawn in the agent's language for the report shown. */
export function ReportChart<R>({ report, draw, label, height }: Props<R>) {
  const { t } = useTranslation();
  const option = useMemo(() => categoryChart(draw(report, t)), [draw, report, t]);
  return <EChart option={option} label={label} height={height} />;
}
