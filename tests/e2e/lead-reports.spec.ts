// The lead's reports on the demo desk, in both languages: open each, change the period and a filter,
// export what is shown as CSV, and print it on A4.
import type { Download, Locator, Page } from '@playwright/test';
import { checkAccessibility } from './axe';
import { expect, test } from './desk';
import { screen } from './screens';

interface Words {
  language: 'zh-CN' | 'en';
  sla: string;
  week: string;
  /** The week the kept period's first day falls in, as the picker names it. */
  weekOf: string;
  month: string;
  overTime: string;
  bySeverity: string;
  severityFilter: string;
  severityA: string;
  exportCsv: string;
  print: string;
  clear: string;
  handovers: string;
  handoverTable: string;
  day: string;
  agentFilter: string;
  period: string;
}

/** A day of the demo desk's last month (its today is 2026-06-01), and the agent signed in on it. */
const A_DAY = '2026-05-20';
const WRITER = '值班坐席';

const ZH: Words = {
  language: 'zh-CN',
  sla: 'SLA 达成',
  week: '周',
  // The last 30 days begin on Sunday 3 May 2026.
  weekOf: '2026年第18周',
  month: '月',
  overTime: '各时钟达成率趋势',
  bySeverity: '各严重级别达成率',
  severityFilter: '筛选：严重级别',
  severityA: 'A 级（严重）',
  exportCsv: '导出 CSV',
  print: '打印',
  clear: '清除筛选',
  handovers: '交接班',
  handoverTable: '各期间班次与交接',
  day: '日',
  agentFilter: '筛选：坐席',
  period: '报表期间',
};
const EN: Words = {
  language: 'en',
  sla: 'SLA compliance',
  week: 'Week',
  // The handover report left the period on Wednesday 20 May.
  weekOf: '2026, week 21',
  month: 'Month',
  overTime: 'Share met per clock over time',
  bySeverity: 'Share met per severity',
  severityFilter: 'Filter: Severity',
  severityA: 'A (critical)',
  exportCsv: 'Export CSV',
  print: 'Print',
  clear: 'Clear filters',
  handovers: 'Handovers',
  handoverTable: 'Shifts and handovers per period',
  day: 'Day',
  agentFilter: 'Filter: Agent',
  period: 'Report period',
};

async function text(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The rows of a report table, found by its accessible name, once it has some. */
const rowsOf = (report: Locator, name: string) =>
  report.getByRole('table', { name }).locator('tbody tr.ant-table-row');

/** `monthDays`: how many days the month of the period kept from before has. */
async function slaReport(page: Page, w: Words, monthDays: number) {
  await page.getByRole('tab', { name: w.sla }).click();
  const report = page.getByTestId('lead-report-sla');
  await expect(report.getByRole('img', { name: w.overTime })).toBeVisible();
  // The period kept from before (first, the last 30 days); then the week of its first day, seven rows.
  await expect(rowsOf(report, w.overTime).first()).toBeVisible();
  await report.locator('.ant-segmented-item', { hasText: new RegExp(`^${w.week}$`) }).click();
  await expect(rowsOf(report, w.overTime)).toHaveCount(7);
  await expect(report.getByLabel(w.period, { exact: true })).toHaveValue(w.weekOf);
  await screen(page, `lead-report-sla.${w.language}`);

  // Only severity A: the other severities' rows have nothing to share.
  await page.getByLabel(w.severityFilter).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: w.severityA })
    .click();
  await page.keyboard.press('Escape');
  const severities = rowsOf(report, w.bySeverity);
  await expect(severities.nth(1)).toContainText('–');
  await expect(severities.nth(2).locator('td').nth(1)).toHaveText('–');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: w.exportCsv }).click(),
  ]);
  const csv = await text(download);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const body = csv.toString('utf8');
  expect(body).toContain(w.overTime);
  // The table's first row as the page shows it, cell for cell.
  const cells = await rowsOf(report, w.overTime).first().locator('td').allInnerTexts();
  expect(body).toContain(cells.map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','));

  // The monthly report on A4: the month of that week, one row a day.
  await report.locator('.ant-segmented-item', { hasText: new RegExp(`^${w.month}$`) }).click();
  await expect(rowsOf(report, w.overTime)).toHaveCount(monthDays);
  await expect(report.getByRole('button', { name: w.print })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ant-layout-sider')).toBeHidden();
  await expect(report.getByRole('button', { name: w.print })).toBeHidden();
  await screen(page, `lead-report-sla-print.${w.language}`);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await checkAccessibility(page, `reports/sla ${w.language}`);
  await report.getByRole('button', { name: w.clear }).click();
  await expect(severities.nth(1).locator('td').last()).not.toHaveText('–');
}

/** Downloads the report's CSV and checks it holds the given table's first row as shown. */
async function exported(page: Page, report: Locator, w: Words, table: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: w.exportCsv }).click(),
  ]);
  const body = (await text(download)).toString('utf8');
  expect(body).toContain(table);
  const cells = await rowsOf(report, table).first().locator('td').allInnerTexts();
  expect(body).toContain(cells.map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','));
}

async function printed(page: Page, report: Locator, w: Words, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ant-layout-sider')).toBeHidden();
  await expect(report.getByRole('button', { name: w.print })).toBeHidden();
  await screen(page, name);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
}

async function handoverReport(page: Page, w: Words, monthDays: number) {
  await page.getByRole('tab', { name: w.handovers }).click();
  const report = page.getByTestId('lead-report-handovers');
  await expect(report.getByRole('img', { name: w.handoverTable })).toBeVisible();
  // The month kept from the SLA report: a row a day and the total.
  await expect(rowsOf(report, w.handoverTable)).toHaveCount(monthDays + 1);
  // One day of the demo desk's shift history: the day's row and the total, following the period and the
  // agent filter.
  await report.locator('.ant-segmented-item', { hasText: new RegExp(`^${w.day}$`) }).click();
  await report.getByLabel(w.period, { exact: true }).fill(A_DAY);
  await page.keyboard.press('Enter');
  await expect(rowsOf(report, w.handoverTable)).toHaveCount(2);
  await expect(rowsOf(report, w.handoverTable).first()).toContainText(A_DAY);
  // The agent picked by typing the name, as a keyboard user would.
  await page.getByLabel(w.agentFilter).fill(WRITER);
  await page.keyboard.press('Enter');
  await expect(report.getByRole('button', { name: w.clear })).toBeVisible();
  await expect(rowsOf(report, w.handoverTable)).toHaveCount(2);
  await screen(page, `lead-report-handovers.${w.language}`);
  await exported(page, report, w, w.handoverTable);
  await printed(page, report, w, `lead-report-handovers-print.${w.language}`);
  // Colours at rest: the pointer off the last button it clicked.
  await page.mouse.move(0, 0);
  await checkAccessibility(page, `reports/handovers ${w.language}`);
  await report.getByRole('button', { name: w.clear }).click();
}

test('the lead reports on the demo desk, in Chinese and in English', async ({ page, desk }) => {
  test.setTimeout(120_000);
  await desk.openCases({ demo: true });
  // Colours are measured at rest: no button is caught halfway through its hover or focus transition.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  await page.getByRole('menuitem', { name: '报表', exact: true }).click();
  await expect(page.getByTestId('escalation-report')).toBeVisible();
  await page.getByRole('tab', { name: ZH.sla }).click();
  // The last 30 days to the demo's today, one row a day.
  await expect(rowsOf(page.getByTestId('lead-report-sla'), ZH.overTime)).toHaveCount(30);
  // May 2026, the month of the 30 days' first.
  await slaReport(page, ZH, 31);
  await handoverReport(page, ZH, 31);

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('tab', { name: EN.sla })).toBeVisible();
  // Still May: the handover report moved the period to a day of it.
  await slaReport(page, EN, 31);
  await handoverReport(page, EN, 31);
});
