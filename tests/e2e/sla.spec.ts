import type { Page } from '@playwright/test';
import { createCase, createCustomer } from './arrange';
import { api, expect, test } from './desk';
import { logSeverityACase } from './new-case';
import { screen } from './screens';
import { advance, clickNotification, notifications, recordNotifications } from './sla-helpers';

// The services run on an injected clock: 09:00 on a Monday in Shanghai, moved forward by the test.
const START = '2026-03-02T09:00:00+08:00';
test.use({ deskStart: START });
const TITLE = '全员无法收发邮件';

const rows = (page: Page) => page.locator('.ant-table-row');
const clockRow = (page: Page, name: string) =>
  page.getByTestId('sla-card').getByRole('row', { name: new RegExp(`^${name}`) });
const bell = (page: Page) => page.getByTestId('alert-bell');

/** Two older cases (B and C) so that "time to breach" has something to order. */
async function arrange(page: Page) {
  const customer = await createCustomer(page);
  const make = (title: string, severity: 'B' | 'C', service: string) =>
    createCase(page, customer.id, {
      title,
      supportArea: 'performance_availability',
      service,
      severity,
      channel: 'email',
    });
  const c = await make('Power BI 报表刷新变慢', 'C', 'powerbi');
  const b = await make('Azure 虚拟机无法启动', 'B', 'azure');
  // Waiting on 21Vianet: its clocks are paused, and the Now page lists it with how long it has waited.
  const waiting = await make('Exchange Online 邮件退信 550 5.7.1', 'B', 'office365');
  await api(page, 'cases.changeStatus', { caseId: waiting.id, from: 'new', to: 'waiting_21v' });
  return { b, c };
}

/** Logs the severity-A case through the new-case drawer, as an agent on the phone would; its number. */
async function logSeverityA(page: Page): Promise<string> {
  await logSeverityACase(page, TITLE, { search: '上海明远', option: '上海明远贸易有限公司' });
  return (await page
    .getByRole('main')
    .getByText(/^SD-2026-\d{6}$/)
    .first()
    .textContent())!;
}

test('an A case warns an hour before its first response is due, then breaches, on the test clock', async ({
  page,
  desk,
}) => {
  await recordNotifications(page);
  await desk.openCases();
  const { b, c } = await arrange(page);
  const number = await logSeverityA(page);

  // Created at 09:00: first response due at 11:00, counting down; the others have not started.
  await expect(clockRow(page, '首次响应')).toContainText('2 小时');
  await expect(clockRow(page, '首次响应')).toContainText('2026-03-02 11:00');
  await expect(clockRow(page, '首次响应')).toContainText(/剩余 (1 小时 59 分|2 小时 00 分)/);
  await expect(clockRow(page, '下次更新')).toContainText('首次回复后开始计时');
  await expect(clockRow(page, '解决')).toContainText('2026-03-03 09:00');

  // 61 minutes later the 60-minute warning is in the alert area (and a desktop notification).
  await advance(page, 61);
  await expect(bell(page).locator('xpath=..').locator('.ant-badge-count')).toHaveText('1');
  await expect(clockRow(page, '首次响应')).toContainText(/剩余 5[89] 分/);
  await bell(page).click();
  const panel = page.getByTestId('alert-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('alert-item')).toHaveCount(1);
  await expect(panel.getByTestId('alert-item')).toContainText(number);
  await expect(panel.getByTestId('alert-item')).toContainText('首次响应将于 11:00 到期（提前 60 分钟预警）');
  await expect
    .poll(() => notifications(page))
    .toEqual([
      {
        title: `SLA 预警 · ${number}`,
        body: expect.stringMatching(/^首次响应将在 59 分钟后到期（11:00）：全员无法收发邮件$/),
      },
    ]);
  await screen(page, 'sla-alerts.zh-CN');
  await bell(page).click();
  await expect(panel).toBeHidden();
  await screen(page, 'sla-case.zh-CN');

  // The Now dashboard lists the clock at risk within the hour.
  await page.getByRole('menuitem', { name: '当前', exact: true }).click();
  const atRisk = page.getByTestId('at-risk-card');
  await expect(atRisk.getByRole('row', { name: new RegExp(number) })).toContainText('首次响应');
  await expect(atRisk.getByRole('row', { name: new RegExp(number) })).toContainText('11:00');
  await expect(page.getByTestId('open-card')).toContainText('合计');
  await screen(page, 'dashboard.zh-CN');

  // Clicking the warning's notification opens its case, from wherever the agent is.
  await clickNotification(page, 0);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/);

  // The list sorts by time to breach: A (11:00), then B (13:00), then C (17:00); and filters to at risk.
  await page.getByRole('menuitem', { name: '案例', exact: true }).click();
  await page.getByRole('columnheader', { name: '距超时' }).click();
  await expect(rows(page).nth(0)).toContainText(number);
  await expect(rows(page).nth(1)).toContainText(b.number);
  await expect(rows(page).nth(2)).toContainText(c.number);
  await expect(rows(page).nth(0)).toContainText(/^.*5[89] 分/);
  await page.getByRole('combobox', { name: '筛选：SLA' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '1 小时内到期' })
    .click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(number);
  await screen(page, 'sla-list.zh-CN');

  // Past due: the breach shows on the case, is recorded on its timeline once, and raises a breach alert.
  await advance(page, 60);
  await rows(page).first().click();
  await expect(clockRow(page, '首次响应')).toContainText('已超时');
  const breach = page.getByTestId('timeline-event').filter({ hasText: '记录了 SLA 超时' });
  await expect(breach).toHaveText(/记录了 SLA 超时：首次响应（应于 2026-03-02 11:00 前完成）/);
  await screen(page, 'sla-breach.zh-CN');
  await advance(page, 5);
  await page.reload();
  await expect(page.getByTestId('timeline-event').filter({ hasText: '记录了 SLA 超时' })).toHaveCount(1);
  await bell(page).click();
  await expect(panel.locator('[data-kind="breach"]')).toContainText('首次响应已于 11:00 超时');
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: '当前', exact: true }).click();
  await expect(page.getByTestId('open-card')).toContainText(/已超时\s*1/);
  await expect(page.getByTestId('at-risk-card').getByRole('row', { name: new RegExp(number) })).toContainText(
    /超时 \d+ 分/,
  );
});

test('the SLA screens in English, and a policy change that moves every open case', async ({ page, desk }) => {
  await desk.openCases();
  await arrange(page);
  const number = await logSeverityA(page);
  await advance(page, 75);

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(clockRow(page, 'First response')).toContainText(/4[45] min \d\d s left/);
  await expect(clockRow(page, 'First response')).toContainText('Running');
  await screen(page, 'sla-case.en');
  await bell(page).click();
  await expect(page.getByTestId('alert-panel')).toBeVisible();
  await expect(page.getByTestId('alert-item')).toContainText(
    'First response due at 11:00 (60-minute warning)',
  );
  await screen(page, 'sla-alerts.en');
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell(page).locator('xpath=..').locator('.ant-badge-count')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: 'Now', exact: true }).click();
  await expect(page.getByTestId('at-risk-card')).toContainText(number);
  await screen(page, 'dashboard.en');

  // Settings: first response for A down to 1 hour. The open A case is now overdue.
  await page.getByRole('menuitem', { name: 'Settings', exact: true }).click();
  const policy = page.getByTestId('sla-policy');
  await expect(policy.getByLabel('A (critical): First response target (hours)')).toHaveValue('2');
  await screen(page, 'sla-settings.en');
  await policy.getByLabel('A (critical): First response target (hours)').fill('1');
  await policy.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText('SLA policy saved; recomputing 4 open cases under it')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Cases', exact: true }).click();
  await page.getByRole('combobox', { name: 'Filter: SLA' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Breached' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(number);
  await expect(rows(page).first()).toContainText(/overdue/);

  await page.getByRole('banner').getByText('简体中文', { exact: true }).click();
  await page.getByRole('menuitem', { name: '设置', exact: true }).click();
  await expect(page.getByTestId('sla-policy').getByLabel('A 级（严重）：首次响应目标（小时）')).toHaveValue(
    '1',
  );
  await screen(page, 'sla-settings.zh-CN');
});
