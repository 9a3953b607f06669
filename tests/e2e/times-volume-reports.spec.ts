// The response and resolution times and the volume and backlog reports on the demo desk, in both languages:
// open each, change the period and a filter, export what is shown as CSV, and print it on A4.
import type { Page } from '@playwright/test';
import { expect, switchToEnglish, test } from './desk';
import { daysInMonthInChina } from './desk-clock';
import {
  FIRST_OF_30_DAYS,
  openDemoReports,
  openReportTab,
  REPORT_EN,
  REPORT_ZH,
  type ReportWords,
} from './report-page';
import { screen } from './screens';

interface Words extends ReportWords {
  times: string;
  volume: string;
  overTime: string;
  bySeverity: string;
  bySupportArea: string;
  perPeriod: string;
  ages: string;
  byChannel: string;
}

const ZH: Words = {
  ...REPORT_ZH,
  times: '响应与解决时间',
  volume: '工单量与积压',
  overTime: '各期中位数与 90 百分位',
  bySeverity: '按严重级别',
  bySupportArea: '按支持领域',
  perPeriod: '各期新建、解决、关闭及未结积压',
  ages: '各期末未结积压的账龄',
  byChannel: '按渠道',
};
const EN: Words = {
  ...REPORT_EN,
  times: 'Response and resolution times',
  volume: 'Volume and backlog',
  overTime: 'Median and 90th percentile per period',
  bySeverity: 'By severity',
  bySupportArea: 'By support area',
  perPeriod: 'New, resolved and closed per period, and the open backlog',
  ages: "Open backlog by age at each period's end",
  byChannel: 'By channel',
};

async function timesReport(page: Page, w: Words) {
  const r = await openReportTab(page, w, w.times, 'times');
  const { report } = r;
  await expect(report.getByRole('img', { name: w.overTime })).toBeVisible();
  await expect(report.getByRole('img', { name: w.bySupportArea })).toBeVisible();
  // The week of the period's first day: seven rows and the total.
  await r.segment(w.week).click();
  await expect(r.rows(w.overTime)).toHaveCount(8);
  await screen(page, `lead-report-times.${w.language}`);
  await r.onlySeverityA();
  // Only A: no B or C case is measured.
  const severities = r.rows(w.bySeverity);
  await expect(severities.nth(1).locator('td').nth(1)).toHaveText('0');
  await expect(severities.nth(2).locator('td').nth(5)).toHaveText('0');
  await r.exported(w.overTime, 'every');
  await r.exported(w.bySupportArea, 'every');
  await r.printCheckAndClear();
  await expect(severities.nth(1).locator('td').nth(1)).not.toHaveText('0');
}

async function volumeReport(page: Page, w: Words, monthDays: number) {
  const r = await openReportTab(page, w, w.volume, 'volume');
  const { report } = r;
  await expect(report.getByRole('img', { name: w.perPeriod })).toBeVisible();
  // The week kept from the times report, then its month: a row a day and the total.
  await expect(r.rows(w.perPeriod)).toHaveCount(8);
  await r.segment(w.month).click();
  await expect(r.rows(w.perPeriod)).toHaveCount(monthDays + 1);
  // The backlog by age at each day's end: a row a day, no total.
  await expect(r.rows(w.ages)).toHaveCount(monthDays);
  await expect(report.getByRole('img', { name: w.ages })).toBeVisible();
  await expect(report.getByRole('img', { name: w.byChannel })).toBeVisible();
  await screen(page, `lead-report-volume.${w.language}`);
  const total = r.rows(w.perPeriod).last().locator('td').nth(1);
  const all = Number(await total.innerText());
  expect(all).toBeGreaterThan(0);
  await r.onlySeverityA();
  await expect(report.getByRole('button', { name: w.clear })).toBeVisible();
  await expect(total).not.toHaveText(String(all));
  expect(Number(await total.innerText())).toBeLessThan(all);
  await r.exported(w.perPeriod, 'every');
  await r.exported(w.byChannel, 'every');
  await r.exported(w.ages, 'every');
  await r.printCheckAndClear();
  await expect(total).toHaveText(String(all));
}

test('the times and volume reports on the demo desk, in Chinese and in English', async ({ page, desk }) => {
  test.setTimeout(150_000);
  await openDemoReports(page, desk);
  // The last 30 days to the demo's today; the month is that of their first day.
  await timesReport(page, ZH);
  await volumeReport(page, ZH, daysInMonthInChina(FIRST_OF_30_DAYS));

  await switchToEnglish(page);
  await expect(page.getByRole('tab', { name: EN.times })).toBeVisible();
  // The month kept from before: its first week, then the month again.
  await timesReport(page, EN);
  await volumeReport(page, EN, daysInMonthInChina(FIRST_OF_30_DAYS));
});
