import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Only the parts the reports draw, so that the chunk stays small. SVG: sharp when printed on A4, and the
// zh-CN and en texts (ECharts' own ZH and EN locales) come built into echarts/core.
echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export type ChartOption = EChartsCoreOption;

/**
 * One chart of a report. It is a picture for sighted readers: named as an image, its drawing hidden from
 * assistive technology, since the table under it holds the same numbers in an accessible form.
 */
export function EChart({
  option,
  label,
  height = 240,
}: {
  option: ChartOption;
  label: string;
  height?: number;
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'EN' : 'ZH';
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const node = el.current!;
    const instance = echarts.init(node, undefined, { renderer: 'svg', locale });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(node);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option, locale]);

  return (
    <div role="img" aria-label={label} className="lead-report__chart">
      <div ref={el} aria-hidden="true" style={{ width: '100%', height }} />
    </div>
  );
}
