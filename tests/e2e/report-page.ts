// What the lead's report journeys do alike on the demo desk: open the reports, read a table, filter to
// severity A, export what is shown as CSV, and print it on A4.
import type { Download, Locator, Page } from '@playwright/test';
import { checkAccessibility } from './axe';
import { expect, type Desk } from './desk';
import { screen } from './screens';

/** The first of the last 30 days, the period a report opens on, in days from the desk's today. */
export const FIRST_OF_30_DAYS = -29;

/** What every report says alike, in the language of the page. */
export interface ReportWords {
  language: 'zh-CN' | 'en';
  week: string;
  month: string;
  severityFilter: string;
  severityA: string;
  agentFilter: string;
  exportCsv: string;
  print: string;
  clear: string;
}

export const REPORT_ZH: ReportWords = {
  language: 'zh-CN',
  week: '周',
  month: '月',
  severityFilter: '筛选：严重级别',
  severityA: 'A 级（严重）',
  agentFilter: '筛选：坐席',
  exportCsv: '导出 CSV',
  print: '打印',
  clear: '清除筛选',
};

export const REPORT_EN: ReportWords = {
  language: 'en',
  week: 'Week',
  month: 'Month',
  severityFilter: 'Filter: Severity',
  severityA: 'A (critical)',
  agentFilter: 'Filter: Agent',
  exportCsv: 'Export CSV',
  print: 'Print',
  clear: 'Clear filters',
};

/** Opens the demo desk on its reports page (in Chinese), at the escalation report it starts on. */
export async function openDemoReports(page: Page, desk: Desk): Promise<void> {
  await desk.openCases({ demo: true });
  // Colours are measured at rest: no button is caught halfway through its hover or focus transition.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  await page.getByRole('menuitem', { name: '报表', exact: true }).click();
  await expect(page.getByTestId('escalation-report')).toBeVisible();
}

const rowsOf = (report: Locator, name: string) =>
  report.getByRole('table', { name, exact: true }).locator('tbody tr.ant-table-row');

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One report of the page, and what the agent does alike on each. */
export interface ReportTab {
  report: Locator;
  /** The rows of one of its tables, found by the table's accessible name. */
  rows(table: string): Locator;
  /** A choice of its granularity switch (day, week, month). */
  segment(label: string): Locator;
  onlySeverityA(): Promise<void>;
  /**
   * Downloads its CSV and checks it is marked UTF-8 for Excel and holds the table's title and its first row
   * (or every row) as shown, cell for cell.
   */
  exported(table: string, rows?: 'first' | 'every'): Promise<void>;
  /**
   * Prints it on A4 (the menu and the buttons left off), then, back on screen with the pointer off the last
   * button it clicked, checks its accessibility and clears its filters.
   */
  printCheckAndClear(): Promise<void>;
}

/** Opens the report whose tab reads `tab`; `name` is its route (e.g. `sla`), which names its screenshots. */
export async function openReportTab(
  page: Page,
  w: ReportWords,
  tab: string,
  name: string,
): Promise<ReportTab> {
  await page.getByRole('tab', { name: tab }).click();
  const report = page.getByTestId(`lead-report-${name}`);
  return {
    report,
    rows: (table) => rowsOf(report, table),
    segment: (label) => report.locator('.ant-segmented-item', { hasText: new RegExp(`^${label}$`) }),
    async onlySeverityA() {
      await page.getByLabel(w.severityFilter).click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: w.severityA })
        .click();
      await page.keyboard.press('Escape');
    },
    async exported(table, rows = 'first') {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        report.getByRole('button', { name: w.exportCsv }).click(),
      ]);
      const body = await text(download);
      expect(body.startsWith('\uFEFF')).toBe(true);
      expect(body).toContain(table);
      const shown = rowsOf(report, table);
      for (const row of rows === 'first' ? [shown.first()] : await shown.all()) {
        const cells = await row.locator('td').allInnerTexts();
        expect(body).toContain(cells.map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','));
      }
    },
    async printCheckAndClear() {
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.ant-layout-sider')).toBeHidden();
      await expect(report.getByRole('button', { name: w.print })).toBeHidden();
      await screen(page, `lead-report-${name}-print.${w.language}`);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
      await page.mouse.move(0, 0);
      await checkAccessibility(page, `reports/${name} ${w.language}`);
      await report.getByRole('button', { name: w.clear }).click();
    },
  };
}
