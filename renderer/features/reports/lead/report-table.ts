// A report's table as data: the page renders it and the CSV writes it from the same cells, already in the
// agent's language, so that the spreadsheet holds exactly what the screen shows.
import { csvLine as line, excelCsv } from '../excel-csv';
import type { LeadLabels } from './report-labels';

export interface ReportColumn {
  key: string;
  title: string;
  /** Right-aligned. */
  numeric?: boolean;
}

export interface ReportTable {
  key: string;
  title: string;
  columns: ReportColumn[];
  rows: { key: string; cells: string[] }[];
}

/** The tables as CSV for Excel: UTF-8 with a byte-order mark, CRLF, each table titled, a blank line between. */
export function tablesToCsv(tables: readonly ReportTable[]): string {
  return excelCsv(
    tables.flatMap((table, i) => [
      ...(i > 0 ? [''] : []),
      line([table.title]),
      line(table.columns.map((c) => c.title)),
      ...table.rows.map((r) => line(r.cells)),
    ]),
  );
}

/** A share 0..1 as a percentage with one decimal; a dash when there is nothing to share. */
export const percentText = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

/** The first column of a table that has a row a period. */
export const periodColumn = (l: LeadLabels): ReportColumn => ({
  key: 'period',
  title: l.t('leadReports.periodColumn'),
});

/** Right-aligned count columns, each titled by its key under one group of strings (`<group>.<key>`). */
export const numberColumns = (l: LeadLabels, group: string, keys: readonly string[]): ReportColumn[] =>
  keys.map((key) => ({ key, title: l.t(`${group}.${key}`), numeric: true }));

/** The row under the periods that sums them up. */
const totalRow = (l: LeadLabels, cells: readonly string[]) => ({
  key: 'total',
  cells: [l.t('leadReports.total'), ...cells],
});

interface PeriodTable<P> {
  key: string;
  title: string;
  /** The count columns, titled under `group`. */
  group: string;
  columns: readonly string[];
  periods: readonly P[];
  cells: (period: P) => string[];
  /** The total row's cells, where the periods add up. */
  total?: string[];
}

/** A table a row a period with a column a count, and the total under them where they add up. */
export function periodTable<P extends { key: string }>(l: LeadLabels, t: PeriodTable<P>): ReportTable {
  return {
    key: t.key,
    title: t.title,
    columns: [periodColumn(l), ...numberColumns(l, t.group, t.columns)],
    rows: [
      ...t.periods.map((p) => ({ key: p.key, cells: [p.key, ...t.cells(p)] })),
      ...(t.total ? [totalRow(l, t.total)] : []),
    ],
  };
}
