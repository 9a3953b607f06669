import type { Page } from '@playwright/test';
import { expect, test } from './desk';
import { caseNumber } from './desk-clock';
import { EN_NEW_CASE, fillNewCase, ZH_NEW_CASE } from './new-case';
import { choose, screen } from './screens';

const TITLE = '客户无法登录 Outlook';
const NOTE = '已远程协助：清除凭据缓存后仍提示密码错误。';

async function logCase(page: Page) {
  await page.keyboard.press('n');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('新建案例')).toBeVisible();

  // Saving an empty form keeps the drawer open and marks the missing fields.
  await page.getByRole('dialog').getByLabel('标题', { exact: true }).press('Control+Enter');
  await expect(drawer.locator('.ant-form-item-explain-error', { hasText: '必填' })).toBeVisible();
  await expect(drawer.locator('.ant-form-item-explain-error', { hasText: '请选择或新建客户' })).toBeVisible();
  await screen(page, 'new-case-errors.zh-CN');

  await fillNewCase(page, ZH_NEW_CASE, {
    customer: {
      search: '上海明远贸易',
      option: '新建客户“上海明远贸易”',
      tenantDomain: 'mingyuan.partner.onmschina.cn',
    },
    title: TITLE,
    area: '客户端连接和客户端桌面',
    service: 'Office 365',
    severity: 'B 级（中等）',
  });
  // The customer typed and not found is created with the case, under the name typed.
  await expect(page.getByRole('dialog').getByLabel('新客户名称')).toHaveValue('上海明远贸易');
  await page
    .getByRole('dialog')
    .getByLabel('描述', { exact: true })
    .fill('客户反馈 Outlook 桌面版持续提示输入密码，网页版正常。');
  await screen(page, 'new-case.zh-CN');
  await page.getByRole('dialog').getByLabel('描述', { exact: true }).press('Control+Enter');
}

test('an agent logs a case in Chinese, works it, and finds it all again after a restart', async ({
  page,
  desk,
}) => {
  const host = await desk.open();

  await expect(page.getByText('还没有案例。按 N 记录第一个案例。')).toBeVisible();
  await screen(page, 'cases-empty.zh-CN');

  await logCase(page);
  await expect(page.getByText(caseNumber(1), { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('上海明远贸易', { exact: true })).toBeVisible();

  await page.getByLabel('内部备注').fill(NOTE);
  await page.getByLabel('内部备注').press('Control+Enter');
  await expect(page.getByTestId('timeline-event').filter({ hasText: NOTE })).toBeVisible();
  await expect(page.getByLabel('内部备注')).toHaveValue('');

  await page.getByRole('button', { name: '更改状态' }).click();
  await page.getByRole('menuitem', { name: '处理中', exact: true }).click();
  await expect(page.getByText('将状态从“新建”改为“处理中”')).toBeVisible();
  await page.getByRole('button', { name: '更改状态' }).click();
  await page.getByRole('menuitem', { name: '已解决', exact: true }).click();
  await expect(page.getByText('将状态从“处理中”改为“已解决”')).toBeVisible();

  // A reopen needs its reason.
  await page.getByRole('button', { name: '更改状态' }).click();
  await page.getByRole('menuitem', { name: /重新打开/ }).click();
  await page.getByRole('button', { name: '确认' }).click();
  await expect(page.getByText('重新打开案例需要填写原因')).toBeVisible();
  await page.getByPlaceholder('为什么重新打开？').fill('客户回电：问题再次出现');
  await page.getByRole('button', { name: '确认' }).click();
  await expect(page.getByText('原因：客户回电：问题再次出现')).toBeVisible();
  await screen(page, 'case.zh-CN');

  await page.getByRole('button', { name: '返回案例列表' }).click();
  const row = page.locator('.ant-table-row', { hasText: TITLE });
  await expect(row).toContainText('处理中');
  await expect(row).toContainText('B 级（中等）');
  await screen(page, 'cases.zh-CN');

  // Restart the host on the same file: everything is still there.
  await desk.restart(host);
  await page.locator('.ant-table-row', { hasText: TITLE }).click();
  await expect(page.getByTestId('timeline-event')).toHaveCount(5);
  await expect(page.getByTestId('timeline-event').filter({ hasText: NOTE })).toBeVisible();
  await expect(page.getByText('原因：客户回电：问题再次出现')).toBeVisible();
});

test('the interface switches to English and back, and remembers the choice', async ({ page, desk }) => {
  await desk.openCases();
  await logCase(page);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Change status' })).toBeVisible();
  await expect(page.getByText('Client connectivity and desktop')).toBeVisible();
  await expect(page.getByText('created the case')).toBeVisible();
  await screen(page, 'case.en');

  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expect(page.getByRole('columnheader', { name: 'Customer' })).toBeVisible();
  await screen(page, 'cases.en');
  await page.keyboard.press('n');
  await page.getByRole('dialog').getByLabel('Title', { exact: true }).press('Control+Enter');
  await expect(page.locator('.ant-form-item-explain-error', { hasText: 'Required' }).first()).toBeVisible();
  await screen(page, 'new-case-errors.en');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Escape');
  await page.goto(page.url().replace(/#.*/, '#/cases/00000000-0000-7000-8000-000000000000'));
  await expect(page.getByText('This case does not exist.')).toBeVisible();
  await screen(page, 'case-missing.en');

  await page.getByRole('menuitem', { name: 'Settings', exact: true }).click();
  await expect(page.getByText('The language is kept in this workstation')).toBeVisible();
  await screen(page, 'settings.en');

  // Remembered across a reload (the tab keeps its token).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

  await page.getByRole('banner').getByText('简体中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await screen(page, 'settings.zh-CN');
});

test('an empty desk in English invites the first case', async ({ page, desk }) => {
  await desk.open();
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByText('No cases yet. Press N to log the first one.')).toBeVisible();
  await screen(page, 'cases-empty.en');
  await page.getByRole('button', { name: 'New case (N)' }).click();
  await fillNewCase(page, EN_NEW_CASE, {
    customer: {
      search: 'Contoso China',
      option: 'Create customer “Contoso China”',
      tenantDomain: 'contosocn.partner.onmschina.cn',
    },
    title: 'Outlook keeps prompting for password',
    area: 'Client connectivity and desktop',
    service: 'Office 365',
    severity: 'A (critical)',
  });
  await choose(page, 'Channel', 'E-mail');
  await screen(page, 'new-case.en');
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page.getByRole('heading', { name: 'Outlook keeps prompting for password' })).toBeVisible();
  await expect(page.getByText('A (critical)')).toBeVisible();
});

test('without the token the page says how to get in, and the API refuses', async ({ page, desk }) => {
  const host = await desk.start();
  await page.goto(host.url.replace(/#token=.*/, '#/cases'));
  await expect(page.getByText('访问令牌无效或已过期。请重新打开启动时打印的地址。')).toBeVisible();
  await screen(page, 'no-token.zh-CN');
  const status = await page.evaluate(
    async () => (await fetch('/api/app.info', { method: 'POST', body: '{}' })).status,
  );
  expect(status).toBe(401);
});
