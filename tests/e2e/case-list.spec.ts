import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, settled, test } from './desk';
import { caseNumber } from './desk-clock';
import { screen } from './screens';

test.beforeEach(async ({ page, desk }) => {
  await desk.open({ demo: true });
  await expect(page.getByTestId('case-count')).toHaveText('已显示 200 / 320');
});

const caseList = (page: Page, name = '案例列表') => page.getByRole('table', { name, exact: true });
/** The cases the list shows, as a screen reader finds them: rows of the table with cells (not the header). */
const rows = (page: Page) =>
  caseList(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

test('search by a Chinese substring and by number, filter, and open from the keyboard', async ({ page }) => {
  await screen(page, 'case-list.zh-CN');

  await page.keyboard.press('/');
  await page.keyboard.type('无法登录');
  await expect(page.getByTestId('case-count')).toHaveText(/找到 \d+ 个结果/);
  await settled(caseList(page));
  await expect(rows(page).first()).toContainText('客户无法登录 Outlook');
  await expect(page.locator('.ant-table-row mark').first()).toHaveText('无法登录');
  await screen(page, 'case-search.zh-CN');

  // Narrow the search with a filter: every row left is severity A.
  await page.getByRole('combobox', { name: '筛选：严重级别' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'A 级（严重）' })
    .click();
  await page.keyboard.press('Escape');
  await settled(caseList(page));
  const count = await rows(page).count();
  for (let i = 0; i < count; i++) await expect(rows(page).nth(i)).toContainText('A 级（严重）');

  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('搜索案例').fill(caseNumber(123));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(caseNumber(123));

  // J/K move the selection, Enter opens it.
  await page.getByLabel('搜索案例').fill('');
  await expect(page.getByTestId('case-count')).toHaveText('已显示 200 / 320');
  await settled(caseList(page));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const second = rows(page).nth(1);
  await expect(second).toHaveClass(/case-row-selected/);
  const number = (await second.locator('code').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '返回案例列表' })).toBeVisible();
});

test('sort by a column, scroll through pages, save a view and export', async ({ page }) => {
  await page.getByRole('columnheader', { name: '编号' }).click();
  await expect(rows(page).first()).toContainText(caseNumber(1));
  await page.getByRole('columnheader', { name: '编号' }).click();
  await expect(rows(page).first()).toContainText(caseNumber(320));
  await settled(caseList(page));

  // Scrolling near the end of what is loaded fetches the next page.
  await page.locator('.ant-table-tbody-virtual-holder').hover();
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 3000);
  await expect(page.getByTestId('case-count')).toHaveText('共 320 个案例');

  await page.getByText('等待世纪互联', { exact: true }).first().click();
  await expect(page.getByTestId('case-count')).toHaveText(/共 [1-9]\d* 个案例/);
  await settled(caseList(page));
  for (const status of await rows(page).locator('.ant-tag').allTextContents()) {
    if (['等待客户', '处理中', '已解决', '已关闭', '新建'].includes(status))
      expect(status).toBe('等待世纪互联');
  }

  // Widen to both waiting states and keep that as a view of the desk's own.
  await page.getByRole('combobox', { name: '筛选：状态' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '等待客户' }).click();
  await page.keyboard.press('Escape');
  await settled(caseList(page));
  await page.getByRole('button', { name: '保存为视图' }).click();
  await page.getByLabel('视图名称').fill('等待中');
  await page.getByRole('button', { name: '保存为视图' }).last().click();
  await expect(page.getByText('等待中', { exact: true })).toBeVisible();
  await screen(page, 'case-list-view.zh-CN');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: '导出' }).click();
      await page.getByText('导出 CSV（Excel）').click();
    })(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^shiftdesk-cases-\d{8}-\d{4}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n')[0]).toContain('世纪互联请求号');
  // Every case the filters match, not only the rows the virtualized table has drawn.
  const lines = csv.trim().split('\r\n').length - 1;
  expect(lines).toBeGreaterThan(0);
  await expect(page.getByTestId('case-count')).toHaveText(`共 ${lines} 个案例`);
  expect(csv).toContain('等待世纪互联');

  // The view survives a reload and applies its filters again.
  await page.reload();
  await page.getByText('等待中', { exact: true }).click();
  await expect(page.getByTestId('case-count')).toHaveText(`共 ${lines} 个案例`);
});

test('the list in English', async ({ page }) => {
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByTestId('case-count')).toHaveText('Showing 200 of 320');
  await screen(page, 'case-list.en');
  await page.getByLabel('Search cases').fill('Outlook');
  await expect(page.getByTestId('case-count')).toHaveText(/\d+ results/);
  await settled(caseList(page, 'Case list'));
  await expect(page.locator('.ant-table-row mark').first()).toHaveText('Outlook');
  await screen(page, 'case-search.en');
  await page.getByText('Severity A', { exact: true }).click();
  await page.getByLabel('Search cases').fill('');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  await screen(page, 'case-list-view.en');
});
