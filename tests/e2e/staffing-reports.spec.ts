// The coverage and agents reports on the demo desk, in both languages: open each, change the period and a
// filter, export what is shown as CSV, and print it on A4.
import type { Locator, Page } from '@playwright/test';
import { expect, switchToEnglish, test } from './desk';
import { openDemoReports, openReportTab, REPORT_EN, REPORT_ZH, type ReportWords } from './report-page';
import { screen } from './screens';

interface Words extends ReportWords {
  coverage: string;
  heatmap: string;
  hourTable: string;
  views: string;
  arrivalsView: string;
  agents: string;
  agentsChart: string;
  perAgent: string;
  perPeriod: string;
  loading: string;
  arrivedFigure: string;
}

const ZH: Words = {
  ...REPORT_ZH,
  coverage: '排班覆盖',
  heatmap: '一周各小时的需求与在岗',
  hourTable: '各小时明细（168 小时）',
  views: '热力图显示',
  arrivalsView: '来件',
  agents: '坐席工作量',
  agentsChart: '各坐席处理量',
  perAgent: '各坐席汇总',
  perPeriod: '各坐席分期明细',
  loading: '正在加载报表',
  arrivedFigure: '期间来件',
};
const EN: Words = {
  ...REPORT_EN,
  coverage: 'Coverage',
  heatmap: 'Demand and staffing by hour of the week',
  hourTable: 'Hour by hour (168 hours)',
  views: 'Heatmap shows',
  arrivalsView: 'Arrivals',
  agents: 'Agents',
  agentsChart: 'Work per agent',
  perAgent: 'Per agent',
  perPeriod: 'Per agent and period',
  loading: 'Loading the report',
  arrivedFigure: 'Cases arrived',
};

/** The lead who is signed in on the demo desk. */
const LEAD = '值班坐席';

/** The report settled: no loading spinner, the named table drawn. */
async function settled(page: Page, report: Locator, w: Words, table: string) {
  await expect(page.getByLabel(w.loading)).toHaveCount(0);
  await expect(report.getByRole('table', { name: table, exact: true })).toBeVisible();
}

const figure = (report: Locator, title: string) =>
  report.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content');

async function coverageReport(page: Page, w: Words) {
  const r = await openReportTab(page, w, w.coverage, 'coverage');
  const { report } = r;
  await expect(report.getByRole('img', { name: w.heatmap })).toBeVisible();
  await settled(page, report, w, w.hourTable);
  await expect(r.rows(w.hourTable)).toHaveCount(168);
  // The owner filter means nothing to demand against the team: not offered.
  await expect(page.getByLabel(w.agentFilter)).toHaveCount(0);
  await report.getByRole('radiogroup', { name: w.views }).getByText(w.arrivalsView, { exact: true }).click();
  await screen(page, `lead-report-coverage.${w.language}`);

  // A week of the period, then only severity A: fewer cases arrived than in all severities.
  await r.segment(w.week).click();
  await settled(page, report, w, w.hourTable);
  const all = Number(await figure(report, w.arrivedFigure).innerText());
  await r.onlySeverityA();
  await expect(report.getByRole('button', { name: w.clear })).toBeVisible();
  await settled(page, report, w, w.hourTable);
  await expect.poll(async () => Number(await figure(report, w.arrivedFigure).innerText())).toBeLessThan(all);
  await expect(r.rows(w.hourTable)).toHaveCount(168);
  await r.exported(w.hourTable);
  await r.printCheckAndClear();
}

async function agentsReport(page: Page, w: Words) {
  const r = await openReportTab(page, w, w.agents, 'agents');
  const { report } = r;
  await settled(page, report, w, w.perAgent);
  await expect(report.getByRole('img', { name: w.agentsChart })).toBeVisible();
  // The demo's team of four all worked cases in the period.
  await expect(r.rows(w.perAgent)).toHaveCount(4);
  await r.segment(w.month).click();
  await settled(page, report, w, w.perAgent);
  await expect(r.rows(w.perAgent)).toHaveCount(4);
  await screen(page, `lead-report-agents.${w.language}`);
  // The agent filter shows that agent alone.
  await page.getByLabel(w.agentFilter).fill(LEAD);
  await page.keyboard.press('Enter');
  await expect(r.rows(w.perAgent)).toHaveCount(1);
  await expect(r.rows(w.perAgent).first()).toContainText(LEAD);
  await r.exported(w.perAgent);
  await r.printCheckAndClear();
  await expect(r.rows(w.perAgent)).toHaveCount(4);
}

test('the coverage and agents reports on the demo desk, in Chinese and in English', async ({
  page,
  desk,
}) => {
  test.setTimeout(150_000);
  await openDemoReports(page, desk);
  await coverageReport(page, ZH);
  await agentsReport(page, ZH);

  await switchToEnglish(page);
  await expect(page.getByRole('tab', { name: EN.coverage })).toBeVisible();
  await coverageReport(page, EN);
  await agentsReport(page, EN);
});
