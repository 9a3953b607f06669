// The response and resolution times and the volume and backlog reports on the demo desk, in both languages:
// open each, change the period and a filter, export what is shown as CSV, and print it on A4.
import type { Download, Locator, Page } from '@playwright/test';
import { checkAccessibility } from './axe';
import { expect, test } from './desk';
import { screen } from './screens';

interface Words {
  language: 'zh-CN' | 'en';
  times: string;
  volume: string;
  overTime: string;
  bySeverity: string;
  bySupportArea: string;
  perPeriod: string;
  ages: string;
  byChannel: string;
  week: string;
  month: string;
  severityFilter: string;
  severityA: string;
  exportCsv: string;
  print: string;
  clear: string;
}

const ZH: Words = {
  language: 'zh-CN',
  times: '响应与解决时间',
  volume: '工单量与积压',
  overTime: '各期中位数与 90 百分位',
  bySeverity: '按严重级别',
  bySupportArea: '按支持领域',
  perPeriod: '各期新建、解决、关闭及未结积压',
  ages: '各期末未结积压的账龄',
  byChannel: '按渠道',
  week: '周',
  month: '月',
  severityFilter: '筛选：严重级别',
  severityA: 'A 级（严重）',
  exportCsv: '导出 CSV',
  print: '打印',
  clear: '清除筛选',
};
const EN: Words = {
  language: 'en',
  times: 'Response and resolution times',
  volume: 'Volume and backlog',
  overTime: 'Median and 90th percentile per period',
  bySeverity: 'By severity',
  bySupportArea: 'By support area',
  perPeriod: 'New, resolved and closed per period, and the open backlog',
  ages: "Open backlog by age at each period's end",
  byChannel: 'By channel',
  week: 'Week',
  month: 'Month',
  severityFilter: 'Filter: Severity',
  severityA: 'A (critical)',
  exportCsv: 'Export CSV',
  print: 'Print',
  clear: 'Clear filters',
};

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const rowsOf = (report: Locator, name: string) =>
  report.getByRole('table', { name }).locator('tbody tr.ant-table-row');

/** Downloads the report's CSV and checks it holds every row of the given table as shown, cell for cell. */
async function exported(page: Page, report: Locator, w: Words, table: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: w.exportCsv }).click(),
  ]);
  const body = await text(download);
  expect(body.startsWith('\uFEFF')).toBe(true);
  expect(body).toContain(table);
  for (const row of await rowsOf(report, table).all()) {
    const cells = await row.locator('td').allInnerTexts();
    expect(body).toContain(cells.map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','));
  }
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

async function onlySeverityA(page: Page, w: Words) {
  await page.getByLabel(w.severityFilter).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: w.severityA })
    .click();
  await page.keyboard.press('Escape');
}

const segment = (report: Locator, label: string) =>
  report.locator('.ant-segmented-item', { hasText: new RegExp(`^${label}$`) });

async function timesReport(page: Page, w: Words) {
  await page.getByRole('tab', { name: w.times }).click();
  const report = page.getByTestId('lead-report-times');
  await expect(report.getByRole('img', { name: w.overTime })).toBeVisible();
  await expect(report.getByRole('img', { name: w.bySupportArea })).toBeVisible();
  // The week of the period's first day: seven rows and the total.
  await segment(report, w.week).click();
  await expect(rowsOf(report, w.overTime)).toHaveCount(8);
  await screen(page, `lead-report-times.${w.language}`);
  await onlySeverityA(page, w);
  // Only A: no B or C case is measured.
  const severities = rowsOf(report, w.bySeverity);
  await expect(severities.nth(1).locator('td').nth(1)).toHaveText('0');
  await expect(severities.nth(2).locator('td').nth(5)).toHaveText('0');
  await exported(page, report, w, w.overTime);
  await exported(page, report, w, w.bySupportArea);
  await printed(page, report, w, `lead-report-times-print.${w.language}`);
  await page.mouse.move(0, 0);
  await checkAccessibility(page, `reports/times ${w.language}`);
  await report.getByRole('button', { name: w.clear }).click();
  await expect(severities.nth(1).locator('td').nth(1)).not.toHaveText('0');
}

async function volumeReport(page: Page, w: Words, monthDays: number) {
  await page.getByRole('tab', { name: w.volume }).click();
  const report = page.getByTestId('lead-report-volume');
  await expect(report.getByRole('img', { name: w.perPeriod })).toBeVisible();
  // The week kept from the times report, then its month: a row a day and the total.
  await expect(rowsOf(report, w.perPeriod)).toHaveCount(8);
  await segment(report, w.month).click();
  await expect(rowsOf(report, w.perPeriod)).toHaveCount(monthDays + 1);
  // The backlog by age at each day's end: a row a day, no total.
  await expect(rowsOf(report, w.ages)).toHaveCount(monthDays);
  await expect(report.getByRole('img', { name: w.ages })).toBeVisible();
  await expect(report.getByRole('img', { name: w.byChannel })).toBeVisible();
  await screen(page, `lead-report-volume.${w.language}`);
  const total = rowsOf(report, w.perPeriod).last().locator('td').nth(1);
  const all = Number(await total.innerText());
  expect(all).toBeGreaterThan(0);
  await onlySeverityA(page, w);
  await expect(report.getByRole('button', { name: w.clear })).toBeVisible();
  await expect(total).not.toHaveText(String(all));
  expect(Number(await total.innerText())).toBeLessThan(all);
  await exported(page, report, w, w.perPeriod);
  await exported(page, report, w, w.byChannel);
  await exported(page, report, w, w.ages);
  await printed(page, report, w, `lead-report-volume-print.${w.language}`);
  await page.mouse.move(0, 0);
  await checkAccessibility(page, `reports/volume ${w.language}`);
  await report.getByRole('button', { name: w.clear }).click();
  await expect(total).toHaveText(String(all));
}

test('the times and volume reports on the demo desk, in Chinese and in English', async ({ page, desk }) => {
  test.setTimeout(150_000);
  await desk.openCases({ demo: true });
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  await page.getByRole('menuitem', { name: '报表', exact: true }).click();
  await expect(page.getByTestId('escalation-report')).toBeVisible();
  // The last 30 days to the demo's today (2026-06-01): its first day is in May 2026.
  await timesReport(page, ZH);
  await volumeReport(page, ZH, 31);

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('tab', { name: EN.times })).toBeVisible();
  // The month kept from before: its first week, then the month again.
  await timesReport(page, EN);
  await volumeReport(page, EN, 31);
});
