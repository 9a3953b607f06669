// The coverage and agents reports on the demo desk, in both languages: open each, change the period and a
// filter, export what is shown as CSV, and print it on A4.
import type { Download, Locator, Page } from '@playwright/test';
import { checkAccessibility } from './axe';
import { expect, test } from './desk';
import { screen } from './screens';

interface Words {
  language: 'zh-CN' | 'en';
  coverage: string;
  heatmap: string;
  hourTable: string;
  views: string;
  arrivalsView: string;
  agents: string;
  agentsChart: string;
  perAgent: string;
  perPeriod: string;
  week: string;
  month: string;
  severityFilter: string;
  severityA: string;
  agentFilter: string;
  exportCsv: string;
  print: string;
  clear: string;
  loading: string;
  arrivedFigure: string;
}

const ZH: Words = {
  language: 'zh-CN',
  coverage: '排班覆盖',
  heatmap: '一周各小时的需求与在岗',
  hourTable: '各小时明细（168 小时）',
  views: '热力图显示',
  arrivalsView: '来件',
  agents: '坐席工作量',
  agentsChart: '各坐席处理量',
  perAgent: '各坐席汇总',
  perPeriod: '各坐席分期明细',
  week: '周',
  month: '月',
  severityFilter: '筛选：严重级别',
  severityA: 'A 级（严重）',
  agentFilter: '筛选：坐席',
  exportCsv: '导出 CSV',
  print: '打印',
  clear: '清除筛选',
  loading: '正在加载报表',
  arrivedFigure: '期间来件',
};
const EN: Words = {
  language: 'en',
  coverage: 'Coverage',
  heatmap: 'Demand and staffing by hour of the week',
  hourTable: 'Hour by hour (168 hours)',
  views: 'Heatmap shows',
  arrivalsView: 'Arrivals',
  agents: 'Agents',
  agentsChart: 'Work per agent',
  perAgent: 'Per agent',
  perPeriod: 'Per agent and period',
  week: 'Week',
  month: 'Month',
  severityFilter: 'Filter: Severity',
  severityA: 'A (critical)',
  agentFilter: 'Filter: Agent',
  exportCsv: 'Export CSV',
  print: 'Print',
  clear: 'Clear filters',
  loading: 'Loading the report',
  arrivedFigure: 'Cases arrived',
};

/** The lead who is signed in on the demo desk. */
const LEAD = '值班坐席';

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const rowsOf = (report: Locator, name: string) =>
  report.getByRole('table', { name, exact: true }).locator('tbody tr.ant-table-row');

/** The report settled: no loading spinner, the named table drawn. */
async function settled(page: Page, report: Locator, w: Words, table: string) {
  await expect(page.getByLabel(w.loading)).toHaveCount(0);
  await expect(report.getByRole('table', { name: table, exact: true })).toBeVisible();
}

/** Downloads the CSV and checks that it holds the table's first row as shown, cell for cell. */
async function exported(page: Page, report: Locator, w: Words, table: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: w.exportCsv }).click(),
  ]);
  const body = await text(download);
  expect(body.charCodeAt(0)).toBe(0xfeff);
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

const figure = (report: Locator, title: string) =>
  report.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content');

async function coverageReport(page: Page, w: Words) {
  await page.getByRole('tab', { name: w.coverage }).click();
  const report = page.getByTestId('lead-report-coverage');
  await expect(report.getByRole('img', { name: w.heatmap })).toBeVisible();
  await settled(page, report, w, w.hourTable);
  await expect(rowsOf(report, w.hourTable)).toHaveCount(168);
  // The owner filter means nothing to demand against the team: not offered.
  await expect(page.getByLabel(w.agentFilter)).toHaveCount(0);
  await report.getByRole('radiogroup', { name: w.views }).getByText(w.arrivalsView, { exact: true }).click();
  await screen(page, `lead-report-coverage.${w.language}`);

  // A week of the period, then only severity A: fewer cases arrived than in all severities.
  await report.locator('.ant-segmented-item', { hasText: new RegExp(`^${w.week}$`) }).click();
  await settled(page, report, w, w.hourTable);
  const all = Number(await figure(report, w.arrivedFigure).innerText());
  await page.getByLabel(w.severityFilter).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: w.severityA })
    .click();
  await page.keyboard.press('Escape');
  await expect(report.getByRole('button', { name: w.clear })).toBeVisible();
  await settled(page, report, w, w.hourTable);
  await expect.poll(async () => Number(await figure(report, w.arrivedFigure).innerText())).toBeLessThan(all);
  await expect(rowsOf(report, w.hourTable)).toHaveCount(168);
  await exported(page, report, w, w.hourTable);
  await printed(page, report, w, `lead-report-coverage-print.${w.language}`);
  await page.mouse.move(0, 0);
  await checkAccessibility(page, `reports/coverage ${w.language}`);
  await report.getByRole('button', { name: w.clear }).click();
}

async function agentsReport(page: Page, w: Words) {
  await page.getByRole('tab', { name: w.agents }).click();
  const report = page.getByTestId('lead-report-agents');
  await settled(page, report, w, w.perAgent);
  await expect(report.getByRole('img', { name: w.agentsChart })).toBeVisible();
  // The demo's team of four all worked cases in the period.
  await expect(rowsOf(report, w.perAgent)).toHaveCount(4);
  await report.locator('.ant-segmented-item', { hasText: new RegExp(`^${w.month}$`) }).click();
  await settled(page, report, w, w.perAgent);
  await expect(rowsOf(report, w.perAgent)).toHaveCount(4);
  await screen(page, `lead-report-agents.${w.language}`);
  // The agent filter shows that agent alone.
  await page.getByLabel(w.agentFilter).fill(LEAD);
  await page.keyboard.press('Enter');
  await expect(rowsOf(report, w.perAgent)).toHaveCount(1);
  await expect(rowsOf(report, w.perAgent).first()).toContainText(LEAD);
  await exported(page, report, w, w.perAgent);
  await printed(page, report, w, `lead-report-agents-print.${w.language}`);
  await page.mouse.move(0, 0);
  await checkAccessibility(page, `reports/agents ${w.language}`);
  await report.getByRole('button', { name: w.clear }).click();
  await expect(rowsOf(report, w.perAgent)).toHaveCount(4);
}

test('the coverage and agents reports on the demo desk, in Chinese and in English', async ({
  page,
  desk,
}) => {
  test.setTimeout(150_000);
  await desk.openCases({ demo: true });
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  await page.getByRole('menuitem', { name: '报表', exact: true }).click();
  await expect(page.getByTestId('escalation-report')).toBeVisible();
  await coverageReport(page, ZH);
  await agentsReport(page, ZH);

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('tab', { name: EN.coverage })).toBeVisible();
  await coverageReport(page, EN);
  await agentsReport(page, EN);
});
