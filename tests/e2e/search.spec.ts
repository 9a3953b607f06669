// Searching the demo desk plus a customer of the test's own: short Chinese words, terms in different
// fields, phrases, exclusions, qualifiers that become filters, and results past the first pages.
import type { Page } from '@playwright/test';
import { createCase, createCustomer } from './arrange';
import { api, expect, settled, test } from './desk';
import { caseNumber } from './desk-clock';
import { screen } from './screens';

const caseList = (page: Page, name = '案例列表') => page.getByRole('table', { name, exact: true });
/** The cases the list shows, as a screen reader finds them: rows of the table with cells (not the header). */
const rows = (page: Page) =>
  caseList(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
const count = (page: Page) => page.getByTestId('case-count');

/** The help popover, once it has finished appearing (a still picture of it half faded helps nobody). */
async function helpShown(page: Page, text: string) {
  const popover = page.locator('.ant-popover', { has: page.getByTestId('search-help') });
  await expect(popover).toBeVisible();
  await expect(popover).not.toHaveClass(/-(appear|enter|leave)/);
  await expect(page.getByTestId('search-help')).toContainText(text);
}

async function search(page: Page, query: string) {
  const box = page.getByLabel('搜索案例');
  await box.fill(query);
  await box.press('Enter');
  await settled(caseList(page));
}

test.beforeEach(async ({ page, desk }) => {
  await desk.open({ demo: true });
  await expect(count(page)).toHaveText('已显示 200 / 320');
  const yunfan = await createCustomer(page, {
    name: '岳阳云帆科技有限公司',
    tenantDomain: 'yunfan.partner.onmschina.cn',
  });
  await api(page, 'contacts.add', { customerId: yunfan.id, name: '岳灵珊', phone: '0730-5555 ext 12' });
  const first = await createCase(page, yunfan.id, { title: '邮箱无法同步日历', severity: 'A' });
  await createCase(page, yunfan.id, { title: 'Teams 联系人无法同步' });
  const third = await createCase(page, yunfan.id, { title: '共享邮箱权限' });
  await api(page, 'cases.addNote', {
    caseId: third.id,
    body: '登录时提示 AADSTS50076 错误，需要多重身份验证',
  });
  await api(page, 'cases.addNote', { caseId: first.id, body: 'AADSTS50076 已处理' });
  await page.reload();
  await expect(count(page)).toHaveText('已显示 200 / 323');
});

test('short Chinese words, terms in different fields, phrases and exclusions', async ({ page }) => {
  // A two-character name of a contact finds every case of the customer.
  await search(page, '灵珊');
  await expect(count(page)).toHaveText('找到 3 个结果');
  await expect(page.locator('.ant-table-row mark').first()).toHaveText('灵珊');

  // The customer's name and a word of the title: two fields, one case each.
  await search(page, '云帆 同步');
  await expect(count(page)).toHaveText('找到 2 个结果');
  await screen(page, 'search-cross-field.zh-CN');

  await search(page, '"AADSTS50076 错误"');
  await expect(count(page)).toHaveText('找到 1 个结果');
  await expect(rows(page).first()).toContainText('共享邮箱权限');

  await search(page, '云帆 -同步');
  await expect(count(page)).toHaveText('找到 1 个结果');
  await expect(rows(page).first()).toContainText('共享邮箱权限');
});

test('a qualifier becomes a filter, and results page in past the first 200', async ({ page }) => {
  await search(page, 'severity:A 云帆');
  await expect(page.getByLabel('搜索案例')).toHaveValue('云帆');
  await expect(
    page.getByRole('combobox', { name: '筛选：严重级别' }).locator('..').locator('..'),
  ).toContainText('A 级（严重）');
  await expect(count(page)).toHaveText('找到 1 个结果');
  await expect(rows(page).first()).toContainText('邮箱无法同步日历');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await settled(caseList(page));

  // Every case number holds "SD-": more results than two pages, in order of arrival.
  await search(page, 'SD-');
  await expect(count(page)).toHaveText('找到 323 个结果');
  await page.getByRole('combobox', { name: '结果排序' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '最新' }).click();
  await settled(caseList(page));
  await page.locator('.ant-table-tbody-virtual-holder').hover();
  // A page loads when the list is scrolled near its end: keep scrolling until the first case is in.
  const first = rows(page).filter({ hasText: caseNumber(1) });
  await expect(async () => {
    await page.mouse.wheel(0, 3000);
    await expect(first).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await settled(caseList(page));
});

test('the search help in both languages', async ({ page }) => {
  await page.getByRole('button', { name: '搜索语法' }).click();
  await helpShown(page, 'created:>2026-11-01');
  await screen(page, 'search-help.zh-CN');
  await page.keyboard.press('Escape');
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(count(page)).toHaveText('Showing 200 of 323');
  await page.getByRole('button', { name: 'Search syntax' }).click();
  await helpShown(page, 'the exact phrase');
  await screen(page, 'search-help.en');
  await page.keyboard.press('Escape');
  await page.getByLabel('Search cases').fill('灵珊');
  await expect(count(page)).toHaveText('3 results');
  await page.getByLabel('Search cases').fill('"AADSTS50076 错误"');
  await expect(count(page)).toHaveText('1 result');
});
