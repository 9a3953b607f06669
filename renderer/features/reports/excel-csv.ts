// The reports' CSV for Excel: UTF-8 with a byte-order mark so that Excel reads Chinese right, and CRLF lines.
import { csvCell } from '../export/case-export-format';

/** One CSV line of cells, each quoted where it needs to be. */
export const csvLine = (cells: readonly (string | number)[]) =>
  cells.map((c) => csvCell(String(c))).join(',');

/** The lines as a file Excel opens as it is. */
export const excelCsv = (lines: readonly string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;
