// What every lead report's CSV test checks: the file holds each table exactly as the page shows it.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { DataTable } from '../../renderer/features/reports/lead/DataTable';
import type { LeadLabels } from '../../renderer/features/reports/lead/report-labels';
import { tablesToCsv, type ReportTable } from '../../renderer/features/reports/lead/report-table';
import { i18n, initI18n } from '../../renderer/i18n';

/** A CSV file's rows and cells, quotes undone (a blank line is one empty cell). */
export function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      const cell = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
      // Every cell, an empty last one too: the loop ends at the match that ends the line.
      for (let m = cell.exec(line); m; m = m[2] === '' ? null : cell.exec(line)) {
        cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!);
      }
      return cells;
    });
}

/** The labels of the interface's current language, times as `YYYY-MM-DD HH:MM` in UTC. */
export const currentLabels = (): LeadLabels => ({
  t: (key, options) => i18n.t(key, options ?? {}),
  time: (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' '),
  service: (key) => key,
});

/** Renders each table and checks the CSV holds its title, header and rows exactly as shown; returns the CSV's rows. */
export function expectCsvAsShown(tables: ReportTable[]): string[][] {
  const csv = parseCsv(tablesToCsv(tables));
  let at = 0;
  for (const table of tables) {
    render(<DataTable table={table} />);
    const shown = screen.getByRole('table', { name: table.title });
    const header = within(shown)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const body = within(shown)
      .getAllByRole('row')
      .filter((r) => r.classList.contains('ant-table-row'))
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(csv.slice(at, at + 2 + body.length)).toEqual([[table.title], header, ...body]);
    expect(body).toHaveLength(table.rows.length);
    at += 3 + body.length;
    cleanup();
  }
  return csv;
}

/** A test run once in Chinese and once in English, the interface switched to that language first. */
export function itInBothLanguages(name: string, check: (language: string) => void): void {
  beforeAll(() => initI18n('zh-CN'));
  afterEach(cleanup);
  it.each(['zh-CN', 'en'])(`${name} (%s)`, async (language) => {
    await i18n.changeLanguage(language);
    check(language);
  });
}
