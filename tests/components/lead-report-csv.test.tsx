// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SlaReport } from '../../core/sla-report';
import { DataTable } from '../../renderer/features/reports/lead/DataTable';
import type { LeadLabels } from '../../renderer/features/reports/lead/report-labels';
import { tablesToCsv } from '../../renderer/features/reports/lead/report-table';
import { slaTables } from '../../renderer/features/reports/lead/sla-tables';
import { i18n, initI18n } from '../../renderer/i18n';

const HOUR = 3_600_000;
const tally = (met: number, breached: number) => ({ met, breached });
const clocks = (a: number, b: number) => ({
  firstResponse: tally(a, b),
  nextUpdate: tally(0, 0),
  resolution: tally(b, a),
});

const REPORT: SlaReport = {
  from: 0,
  to: 2 * 24 * HOUR,
  granularity: 'day',
  periods: [
    { key: '2026-03-02', start: 0, end: 24 * HOUR, clocks: clocks(3, 1) },
    { key: '2026-03-03', start: 24 * HOUR, end: 48 * HOUR, clocks: clocks(0, 2) },
  ],
  bySeverity: { A: clocks(1, 0), B: clocks(2, 3), C: clocks(0, 0) },
  totals: tally(6, 6),
  previous: tally(1, 1),
  breaches: [
    {
      caseId: 'c1',
      caseNumber: 'SD-2026-000001',
      // A comma and quotes, which CSV must quote and the table shows as they are.
      title: 'Outlook, "密码" 提示',
      severity: 'B',
      clock: 'resolution',
      dueAt: Date.UTC(2026, 2, 3, 2, 0),
      endedAt: null,
      lateMs: 26 * HOUR,
      agentOnDuty: null,
    },
  ],
  generatedAt: 0,
};

/** A CSV file's rows and cells, quotes undone. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) {
    const cells: string[] = [];
    const cell = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    for (let m = cell.exec(line); m && m.index < line.length; m = cell.exec(line)) {
      cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!);
    }
    rows.push(cells);
  }
  return rows;
}

describe('a lead report as CSV', () => {
  beforeAll(() => initI18n('zh-CN'));
  afterEach(cleanup);

  it.each(['zh-CN', 'en'])('holds exactly the cells each table shows (%s)', async (language) => {
    await i18n.changeLanguage(language);
    const labels: LeadLabels = {
      t: (key, options) => i18n.t(key, options ?? {}),
      time: (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' '),
      service: (key) => key,
    };
    const tables = slaTables(REPORT, labels);
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
    // The breach still owed says so, in the language of the page.
    expect(csv.flat()).toContain(language === 'en' ? '1 d 2 h, still owed' : '1 天 2 小时，仍未完成');
  });
});
