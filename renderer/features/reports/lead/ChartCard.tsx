import type { TFunction } from 'i18next';
import type { CategoryChart } from '../chart/options';
import { ReportChart } from '../chart/ReportChart';
import { ReportCard } from './DataTable';
import type { ReportTable } from './report-table';

interface Props<R> {
  table: ReportTable;
  report: R;
  draw: (report: R, t: TFunction) => CategoryChart;
  height: number;
  /** The chart's name where it is not the table's title. */
  label?: string;
  /** False where there is nothing to draw: the card holds the table alone. */
  drawn?: boolean;
}

/** A report card with a chart of the numbers in the table under it. */
export function ChartCard<R>({ table, report, draw, height, label, drawn = true }: Props<R>) {
  return (
    <ReportCard table={table}>
      {drawn && <ReportChart report={report} draw={draw} label={label ?? table.title} height={height} />}
    </ReportCard>
  );
}
