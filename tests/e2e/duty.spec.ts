import type { Page } from '@playwright/test';
import { createCase, createCustomer } from './arrange';
import { expect, openRoute, test } from './desk';
import { weekdayInChina } from './desk-clock';
import { screen } from './screens';

const banner = (page: Page) => page.getByRole('banner');

/** What the settle check uses of the page (the test's own types know no DOM). */
interface PageStyles {
  document: { querySelectorAll(selector: string): ArrayLike<unknown> };
  getComputedStyle(element: unknown): { opacity: string; transform: string };
}

/** Waits for a dialog's opening motion to end, so that its picture shows it. */
const dialogSettled = (page: Page) =>
  page.waitForFunction(() => {
    const g = globalThis as unknown as PageStyles;
    return Array.from(g.document.querySelectorAll('.ant-modal')).every((m) => {
      const style = g.getComputedStyle(m);
      return style.opacity === '1' && ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(style.transform);
    });
  });

const NOTE = '李娜：已远程协助客户重新配置 Outlook 配置文件。';

test('two agents share a workstation: a second agent with a PIN, a two-key switch, her note on the timeline', async ({
  page,
  desk,
}) => {
  await desk.open();
  // A fresh desk signs its only agent in, so the case log works at once.
  await expect(banner(page).getByText('当前坐席：值班坐席')).toBeVisible();

  await page.getByRole('menuitem', { name: '值班', exact: true }).click();
  await page.getByRole('tab', { name: '坐席' }).click();
  await page.getByRole('button', { name: '添加坐席' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('李娜');
  await dialog.getByLabel('English').check();
  await dialog.getByLabel('签到 PIN（可选）').fill('24');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('PIN 为 4–8 位数字')).toBeVisible();
  await dialog.getByLabel('签到 PIN（可选）').fill('2468');
  await dialog.getByRole('button', { name: '保存' }).click();
  const row = page.locator('.ant-table-row', { hasText: '李娜' });
  await expect(row).toContainText('已设置');
  await expect(row).toContainText('简体中文 · English');
  await screen(page, 'agents.zh-CN');

  const customer = await createCustomer(page, { name: '上海明远贸易有限公司' });
  const created = await createCase(page, customer.id);
  await openRoute(page, `cases/${created.id}`);
  await expect(page.getByRole('heading', { name: '客户无法登录 Outlook' })).toBeVisible();

  // Two keystrokes: the chord opens the switcher with the agents numbered, a digit picks one.
  await page.keyboard.press('Control+Shift+S');
  const switcher = page.getByRole('dialog', { name: '切换坐席' });
  await expect(switcher.getByRole('option', { name: /李娜/ })).toBeVisible();
  await dialogSettled(page);
  await screen(page, 'switcher.zh-CN');
  await page.keyboard.press('2');
  await expect(switcher.getByText('李娜 签到')).toBeVisible();
  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');
  // Said as an alert, so that a screen reader announces it.
  await expect(switcher.getByRole('alert')).toHaveText('PIN 不正确');
  await dialogSettled(page);
  await screen(page, 'switcher-pin.zh-CN');
  await page.keyboard.type('2468');
  await page.keyboard.press('Enter');
  await expect(switcher).toBeHidden();
  await expect(banner(page).getByText('当前坐席：李娜')).toBeVisible();

  await page.getByLabel('内部备注').fill(NOTE);
  await page.getByLabel('内部备注').press('Control+Enter');
  const entry = page.getByTestId('timeline-event').filter({ hasText: NOTE });
  await expect(entry).toContainText('李娜');

  // And back to the lead, who has no PIN: two keystrokes exactly.
  await page.keyboard.press('Control+Shift+S');
  await page.keyboard.press('1');
  await expect(banner(page).getByText('当前坐席：值班坐席')).toBeVisible();

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await page.keyboard.press('Control+Shift+S');
  await expect(
    page.getByRole('dialog', { name: 'Switch agent' }).getByRole('option', { name: /李娜/ }),
  ).toBeVisible();
  await dialogSettled(page);
  await screen(page, 'switcher.en');
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'Duty', exact: true }).click();
  await page.getByRole('tab', { name: 'Agents' }).click();
  await expect(page.locator('.ant-table-row', { hasText: '李娜' })).toContainText('Set');
  await screen(page, 'agents.en');
});

test('the lead edits the roster, sees the gaps, and the no-one-on-duty warning comes and goes', async ({
  page,
  desk,
}) => {
  await desk.open();
  // Nothing is rostered on a fresh desk: the header says so on every screen.
  await expect(banner(page).getByText('当前无人排班')).toBeVisible();

  await page.getByRole('menuitem', { name: '值班', exact: true }).click();
  await expect(page.getByText(/未来 30 天共有 \d+ 小时无人值班/)).toBeVisible();

  await page.getByRole('tab', { name: '排班表' }).click();
  await expect(page.getByText('还没有排班。添加第一个班次，例如：周一 08:00–16:00。')).toBeVisible();
  // Errors show next to the fields.
  await page.getByRole('button', { name: '添加班次' }).click();
  await expect(page.locator('.ant-form-item-explain-error', { hasText: '请选择一项' }).first()).toBeVisible();
  await page.getByLabel('开始').first().fill('8:00');
  await page.getByLabel('结束').first().fill('08:00');
  await page.getByRole('button', { name: '添加班次' }).click();
  await expect(
    page.locator('.ant-form-item-explain-error', { hasText: '请输入 HH:MM 格式的时间' }).first(),
  ).toBeVisible();
  await screen(page, 'roster-errors.zh-CN');

  const addShift = async (weekday: string, start: string, end: string) => {
    await page.getByLabel('星期').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: weekday }).click();
    await page.getByLabel('开始').first().fill(start);
    await page.getByLabel('结束').first().fill(end);
    await page.getByLabel('坐席', { exact: true }).first().click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '值班坐席' })
      .click();
    await page.getByRole('button', { name: '添加班次' }).click();
  };
  const weekdays = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  const today = weekdays[weekdayInChina() - 1]!;
  const tomorrow = weekdays[weekdayInChina(1) - 1]!;
  await addShift(today, '00:00', '24:00');
  await expect(page.locator('.ant-table-row', { hasText: '00:00–24:00' })).toBeVisible();
  // Someone is rostered now: the warning goes.
  await expect(banner(page).getByText('当前无人排班')).toBeHidden();
  await addShift(tomorrow, '08:00', '20:00');
  await expect(page.locator('.ant-table-row', { hasText: '08:00–20:00' })).toBeVisible();

  // An extra shift overnight, as a dated exception.
  await page.getByText('加班', { exact: true }).click();
  await page.getByLabel('日期', { exact: true }).click();
  await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
  await page.getByLabel('加班坐席').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '值班坐席' }).click();
  await page.getByLabel('开始').last().fill('22:00');
  await page.getByLabel('结束').last().fill('06:00');
  await page.getByLabel('备注').fill('月末账单高峰');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.locator('.ant-table-row', { hasText: '月末账单高峰' })).toContainText('22:00–次日 06:00');
  await screen(page, 'roster.zh-CN');

  await page.getByRole('tab', { name: '覆盖情况' }).click();
  await expect(page.getByRole('grid', { name: '每日每小时的值班覆盖' })).toBeVisible();
  await expect(page.locator('.sd-cell.is-none').first()).toBeVisible();
  await expect(page.locator('.sd-cell.is-full').first()).toBeVisible();
  const cell = page.locator('[role=gridcell][data-covered=full]').first();
  await cell.hover();
  await expect(page.locator('.sd-coverage-detail')).toContainText('值班坐席');
  await screen(page, 'coverage.zh-CN');

  // Signing out (past the handover gate, as the lead) leaves nobody signed in: the warning says so.
  await banner(page)
    .getByRole('button', { name: /当前坐席：值班坐席/ })
    .click();
  await page.getByRole('menuitem', { name: '签退', exact: true }).click();
  const signOut = page.getByRole('dialog', { name: '签退' });
  // A click that lands while the dialog still opens can be lost; a refused sign-out changes nothing, so
  // it is asked again until the refusal shows.
  await expect(async () => {
    await signOut.getByRole('button', { name: '签退', exact: true }).click({ timeout: 5_000 });
    await expect(signOut.getByText('作为组长，你可以填写原因后强制签退')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await signOut.getByRole('button', { name: '强制签退' }).click();
  await expect(signOut.getByText('请填写原因')).toBeVisible();
  await signOut.getByLabel('强制签退的原因').fill('演练：交接班改为口头进行');
  await signOut.getByRole('button', { name: '强制签退' }).click();
  const nobody = banner(page).getByRole('button', { name: '无人签到上岗，按 Ctrl+Shift+S 签到' });
  await expect(nobody).toBeVisible();
  await screen(page, 'nobody-signed-in.zh-CN');

  await page.getByRole('tab', { name: '签到记录' }).click();
  await expect(page.locator('.ant-table-row').first()).toContainText('演练：交接班改为口头进行');

  await page.keyboard.press('Control+Shift+S');
  await page.keyboard.press('1');
  await expect(nobody).toBeHidden();
  await expect(banner(page).getByText('当前坐席：值班坐席')).toBeVisible();

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await page.getByRole('tab', { name: 'Roster' }).click();
  await expect(page.getByRole('cell', { name: '22:00–06:00 next day' })).toBeVisible();
  await screen(page, 'roster.en');
  await page.getByRole('tab', { name: 'Coverage' }).click();
  await expect(page.getByText(/hours with nobody on duty in the next 30 days/)).toBeVisible();
  await screen(page, 'coverage.en');
});
