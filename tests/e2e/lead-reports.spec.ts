// The lead's reports on the demo desk, in both languages: open each, change the period and a filter,
// export what is shown as CSV, and print it on A4.
import type { Page } from '@playwright/test';
import { expect, switchToEnglish, test } from './desk';
import {
  FIRST_OF_30_DAYS,
  openDemoReports,
  openReportTab,
  REPORT_EN,
  REPORT_ZH,
  type ReportWords,
} from './report-page';
import { dayInChina, daysInMonthInChina, isoWeekInChina } from './desk-clock';
import { screen } from './screens';

interface Words extends ReportWords {
  sla: string;
  /** The week the kept period's first day falls in, as the picker names it. */
  weekOf: string;
  overTime: string;
  bySeverity: string;
  handovers: string;
  handoverTable: string;
  day: string;
  period: string;
}

/** A day of the demo desk's last month, 12 days before its today, and the agent signed in on it. */
const A_DAY_OFFSET = -12;
const A_DAY = dayInChina(A_DAY_OFFSET);
const WRITER = '值班坐席';

const ZH: Words = {
  ...REPORT_ZH,
  sla: 'SLA 达成',
  // The week the last 30 days begin in.
  weekOf: ((w) => `${w.year}年第${w.week}周`)(isoWeekInChina(FIRST_OF_30_DAYS)),
  overTime: '各时钟达成率趋势',
  bySeverity: '各严重级别达成率',
  handovers: '交接班',
  handoverTable: '各期间班次与交接',
  day: '日',
  period: '报表期间',
};
const EN: Words = {
  ...REPORT_EN,
  sla: 'SLA compliance',
  // The handover report left the period on A_DAY.
  weekOf: ((w) => `${w.year}, week ${w.week}`)(isoWeekInChina(A_DAY_OFFSET)),
  overTime: 'Share met per clock over time',
  bySeverity: 'Share met per severity',
  handovers: 'Handovers',
  handoverTable: 'Shifts and handovers per period',
  day: 'Day',
  period: 'Report period',
};

/** `monthDays`: how many days the month of the period kept from before has. */
async function slaReport(page: Page, w: Words, monthDays: number) {
  const r = await openReportTab(page, w, w.sla, 'sla');
  const { report } = r;
  await expect(report.getByRole('img', { name: w.overTime })).toBeVisible();
  // The period kept from before (first, the last 30 days); then the week of its first day, seven rows.
  await expect(r.rows(w.overTime).first()).toBeVisible();
  await r.segment(w.week).click();
  await expect(r.rows(w.overTime)).toHaveCount(7);
  await expect(report.getByLabel(w.period, { exact: true })).toHaveValue(w.weekOf);
  await screen(page, `lead-report-sla.${w.language}`);

  // Only severity A: the other severities' rows have nothing to share.
  await r.onlySeverityA();
  const severities = r.rows(w.bySeverity);
  await expect(severities.nth(1)).toContainText('–');
  await expect(severities.nth(2).locator('td').nth(1)).toHaveText('–');

  await r.exported(w.overTime);

  // The monthly report on A4: the month of that week, one row a day.
  await r.segment(w.month).click();
  await expect(r.rows(w.overTime)).toHaveCount(monthDays);
  await expect(report.getByRole('button', { name: w.print })).toBeEnabled();
  await r.printCheckAndClear();
  await expect(severities.nth(1).locator('td').last()).not.toHaveText('–');
}

async function handoverReport(page: Page, w: Words, monthDays: number) {
  const r = await openReportTab(page, w, w.handovers, 'handovers');
  const { report } = r;
  await expect(report.getByRole('img', { name: w.handoverTable })).toBeVisible();
  // The month kept from the SLA report: a row a day and the total.
  await expect(r.rows(w.handoverTable)).toHaveCount(monthDays + 1);
  // One day of the demo desk's shift history: the day's row and the total, following the period and the
  // agent filter.
  await r.segment(w.day).click();
  await report.getByLabel(w.period, { exact: true }).fill(A_DAY);
  await page.keyboard.press('Enter');
  await expect(r.rows(w.handoverTable)).toHaveCount(2);
  await expect(r.rows(w.handoverTable).first()).toContainText(A_DAY);
  // The agent picked by typing the name, as a keyboard user would.
  await page.getByLabel(w.agentFilter).fill(WRITER);
  await page.keyboard.press('Enter');
  await expect(report.getByRole('button', { name: w.clear })).toBeVisible();
  await expect(r.rows(w.handoverTable)).toHaveCount(2);
  await screen(page, `lead-report-handovers.${w.language}`);
  await r.exported(w.handoverTable);
  await r.printCheckAndClear();
}

test('the lead reports on the demo desk, in Chinese and in English', async ({ page, desk }) => {
  test.setTimeout(120_000);
  await openDemoReports(page, desk);
  const sla = await openReportTab(page, ZH, ZH.sla, 'sla');
  // The last 30 days to the demo's today, one row a day.
  await expect(sla.rows(ZH.overTime)).toHaveCount(30);
  // The month of the 30 days' first.
  await slaReport(page, ZH, daysInMonthInChina(FIRST_OF_30_DAYS));
  await handoverReport(page, ZH, daysInMonthInChina(FIRST_OF_30_DAYS));

  await switchToEnglish(page);
  await expect(page.getByRole('tab', { name: EN.sla })).toBeVisible();
  // Still that month: the handover report moved the period to a day of it.
  await slaReport(page, EN, daysInMonthInChina(A_DAY_OFFSET));
  await handoverReport(page, EN, daysInMonthInChina(A_DAY_OFFSET));
});
