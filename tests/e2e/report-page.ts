// What the lead's report journeys do alike on the demo desk: open the reports, read a table, filter to
// severity A, export what is shown as CSV, and print it on A4.
import type { Download, Locator, Page } from '@playwright/test';
import { checkAccessibility } from './axe';
import { expect, type Desk } from './desk';
import { screen } from './screens';

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

/** The rows of a report table, found by its accessible name. */
export const rowsOf = (report: Locator, name: string) =>
  report.getByRole('table', { name, exact: true }).locator('tbody tr.ant-table-row');

/** A choice of the report's granularity switch (day, week, month). */
export const segment = (report: Locator, label: string) =>
  report.locator('.ant-segmented-item', { hasText: new RegExp(`^${label}$`) });

export async function onlySeverityA(page: Page, w: ReportWords): Promise<void> {
  await page.getByLabel(w.severityFilter).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: w.severityA })
    .click();
  await page.keyboard.press('Escape');
}

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Downloads the report's CSV and checks it is marked UTF-8 for Excel and holds the table's title and its
 * first row (or every row) as shown, cell for cell.
 */
export async function exported(
  page: Page,
  report: Locator,
  w: ReportWords,
  table: string,
  rows: 'first' | 'every' = 'first',
): Promise<void> {
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
}

/**
 * Prints the report on A4 (the menu and the buttons left off), then, back on screen with the pointer off the
 * last button it clicked, checks its accessibility and clears its filters. `name`: the report's route,
 * e.g. `sla`.
 */
export async function printCheckAndClear(page: Page, report: Locator, w: ReportWords, name: string) {
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
}
