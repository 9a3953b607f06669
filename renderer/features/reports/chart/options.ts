// What every report chart shares: the desk's colours and a percentage scale, so that charts read alike.

/** The app's primary blue, for counts. */
export const BAR_COLOR = '#1d5fb8';
/** Orange, for shares and trends drawn over counts. */
export const LINE_COLOR = '#fa8c16';
/** Met and breached, in the SLA tags' green and red. */
export const MET_COLOR = '#389e0d';
export const BREACHED_COLOR = '#cf1322';
/** One colour per series where several stand side by side. */
export const SERIES_COLORS = ['#1d5fb8', '#fa8c16', '#13a8a8', '#722ed1', '#eb2f96', '#8c8c8c'];

/** A 0–100 % value axis on the right. */
export const percentAxis = () => ({
  type: 'value',
  min: 0,
  max: 100,
  axisLabel: { formatter: '{value}%' },
  splitLine: { show: false },
});

/** Age bands from the youngest, in the primary blue growing darker with age. */
export const AGE_COLORS = ['#91caff', '#4096ff', '#1d5fb8', '#002c8c'];

/** The same 0–100 % scale on the left, with grid lines, where shares are the chart's only values. */
export const leftPercentAxis = () => ({ ...percentAxis(), position: 'left', splitLine: { show: true } });

export interface CategoryChart {
  /** Along the bottom: the periods, or the groups compared. */
  categories: string[];
  series: object[];
  /** Shade the hovered category (bars) rather than draw a line through it. */
  shadow?: boolean;
  tooltip?: object;
  /** Counts from zero by whole numbers unless the chart says otherwise. */
  yAxis?: object;
  color?: string[];
}

/** The frame the lead reports' charts share: legend on top, categories along the bottom, the series' colours. */
export const categoryChart = (c: CategoryChart) => ({
  grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
  tooltip: { trigger: 'axis', ...(c.shadow && { axisPointer: { type: 'shadow' } }), ...c.tooltip },
  legend: { top: 0 },
  color: c.color ?? SERIES_COLORS,
  xAxis: { type: 'category', data: c.categories },
  yAxis: c.yAxis ?? { type: 'value', minInterval: 1 },
  series: c.series,
});
