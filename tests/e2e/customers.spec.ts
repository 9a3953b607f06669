import type { Page } from '@playwright/test';
import path from 'node:path';
import { createCase } from './arrange';
import { api, expect, settled, test } from './desk';
import { screen } from './screens';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
const GBK_FILE = path.join(fixtures, 'customers-import.gbk.csv');
const UTF8_FILE = path.join(fixtures, 'customers-import.utf8-bom.csv');

const rows = (page: Page) => page.locator('.ant-table-row');
const dialog = (page: Page) => page.getByRole('dialog');

test('an agent imports a GBK customer list with a bad row, confirms, finds a customer and adds a contact', async ({
  page,
  desk,
}) => {
  await desk.open();
  await page.getByRole('menuitem', { name: '客户', exact: true }).click();
  await expect(page.getByText('还没有客户。从 CSV 文件导入客户名单，或逐个新建。')).toBeVisible();
  await screen(page, 'customers-empty.zh-CN');

  // Closing the dialog without a file writes nothing and leaves the shortcuts working.
  await page.keyboard.press('i');
  await expect(dialog(page).getByText('导入客户（CSV）')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);

  await page.keyboard.press('i');
  await expect(dialog(page).getByText('点击选择或拖入 CSV 文件')).toBeVisible();
  await dialog(page).locator('input[type=file]').setInputFiles(GBK_FILE);

  await expect(dialog(page).getByText('customers-import.gbk.csv')).toBeVisible();
  await expect(dialog(page).getByText('GBK（简体中文 Windows） · 自动检测')).toBeVisible();
  await expect(dialog(page).getByText('1 行有问题，导入时将跳过；其余 4 行可以导入。')).toBeVisible();
  const issue = dialog(page).locator('.ant-table-row', { hasText: 'nanfang_logistics' });
  await expect(issue).toContainText('4');
  await expect(issue).toContainText('租户域名');
  await expect(issue).toContainText('“nanfang_logistics”不是有效的域名');
  await screen(page, 'customer-import.zh-CN');

  await dialog(page)
    .getByRole('tab', { name: /将导入的客户/ })
    .click();
  const merged = dialog(page).locator('.ant-table-row', { hasText: '上海明远贸易有限公司' });
  await expect(merged).toContainText('2, 6');
  await expect(merged).toContainText('Office 365、Azure、Dynamics 365');
  await screen(page, 'customer-import-customers.zh-CN');

  await page.keyboard.press('Control+Enter');
  await expect(dialog(page).getByText('导入完成')).toBeVisible();
  await expect(
    dialog(page).getByText('新建 3 个客户，更新 0 个，0 个无变化；添加联系人 4 个；跳过 1 行。'),
  ).toBeVisible();
  await dialog(page).getByRole('button', { name: '完成' }).click();

  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByText('共 3 个客户')).toBeVisible();
  const mingyuanRow = rows(page).filter({ hasText: '上海明远贸易有限公司' });
  await expect(mingyuanRow).toContainText('mingyuan.partner.onmschina.cn');
  await expect(mingyuanRow).toContainText('Dynamics 365');

  // A case for the customer, so that its page shows one.
  const [mingyuan] = await api<{ id: string }[]>(page, 'customers.search', { query: '明远贸易' });
  await createCase(page, mingyuan!.id);
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await screen(page, 'customers.zh-CN');

  // Find by a contact's e-mail, then open from the keyboard.
  await page.keyboard.press('/');
  await page.keyboard.type('zhang@mingyuan');
  await settled(page.getByRole('table', { name: '客户列表', exact: true }));
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '上海明远贸易有限公司' })).toBeVisible();
  await expect(page.getByText('持有管理员角色')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Dynamics 365' })).toBeChecked();
  await expect(page.getByRole('tab', { name: '未结（1）' })).toBeVisible();
  await expect(page.getByText('客户无法登录 Outlook')).toBeVisible();

  await page.getByRole('button', { name: '添加联系人' }).click();
  await page.getByLabel('姓名').fill('李娜');
  await page.getByLabel('电子邮件').fill('lina@');
  await page.getByLabel('电子邮件').press('Control+Enter');
  await expect(dialog(page).getByText('请输入有效的电子邮件地址，例如 name@contoso.cn')).toBeVisible();
  await page.getByLabel('电子邮件').fill('lina@mingyuan.cn');
  await page.getByRole('textbox', { name: '电话' }).fill('+86 21 5555 0102');
  await page.getByLabel('首选渠道').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '电子邮件' }).click();
  await page.getByRole('textbox', { name: '电话' }).press('Control+Enter');
  await expect(dialog(page)).toHaveCount(0);
  const contact = page.locator('.ant-table-row', { hasText: '李娜' });
  await expect(contact).toContainText('lina@mingyuan.cn');
  await expect(contact).toContainText('电子邮件');
  await expect(page.getByText('联系人（3）')).toBeVisible();

  // Services save as they are ticked.
  await page.getByRole('checkbox', { name: 'Power BI' }).check();
  await expect(page.getByRole('checkbox', { name: 'Power BI' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Power BI' })).toBeEnabled();
  await screen(page, 'customer.zh-CN');

  // Everything is in the case log: a reload shows the same.
  await page.reload();
  await expect(page.locator('.ant-table-row', { hasText: '李娜' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Power BI' })).toBeChecked();
});

test('in English: the encoding can be switched, duplicates merge, and the customer page reads well', async ({
  page,
  desk,
}) => {
  await desk.open();
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Customers', exact: true }).click();
  await expect(page.getByText('No customers yet.', { exact: false })).toBeVisible();
  await screen(page, 'customers-empty.en');

  await page.getByRole('button', { name: 'Import CSV (I)' }).click();
  await dialog(page).locator('input[type=file]').setInputFiles(UTF8_FILE);
  await expect(dialog(page).getByText('UTF-8 · detected')).toBeVisible();
  await expect(
    dialog(page).getByText('The service catalogue has no “Exchange Online”.', { exact: false }),
  ).toBeVisible();

  // Read as GBK by mistake the header is garbled; switching back restores the preview.
  await dialog(page).getByLabel('File encoding').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'GBK' }).click();
  await expect(dialog(page).getByText('No “Customer name” column', { exact: false })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Confirm import (0)' })).toBeDisabled();
  await dialog(page).getByLabel('File encoding').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'UTF-8' }).click();
  await expect(
    dialog(page).getByText('The service catalogue has no “Exchange Online”.', { exact: false }),
  ).toBeVisible();
  await screen(page, 'customer-import.en');

  await dialog(page)
    .getByRole('tab', { name: /Customers to import/ })
    .click();
  await expect(
    dialog(page).locator('.ant-table-row', { hasText: 'Contoso China Ltd. (Beijing)' }),
  ).toContainText('2, 5');
  await screen(page, 'customer-import-customers.en');
  await dialog(page).getByRole('button', { name: 'Confirm import (2)' }).click();
  await expect(dialog(page).getByText('Import complete')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Done' }).click();

  await expect(rows(page)).toHaveCount(2);
  await screen(page, 'customers.en');
  await rows(page).filter({ hasText: 'Contoso China Ltd. (Beijing)' }).click();
  await expect(page.getByRole('heading', { name: 'Contoso China Ltd. (Beijing)' })).toBeVisible();
  await expect(page.locator('.ant-table-row', { hasText: 'Wei Zhang' })).toContainText('+86 10 5555 0199');
  await expect(page.getByText('No open cases')).toBeVisible();

  // Edit from the keyboard: E opens the form, the contract's answer lands next to the field.
  await page.keyboard.press('e');
  await page.getByLabel('Tenant domain').fill('not a domain');
  await page.getByLabel('Tenant domain').press('Control+Enter');
  await expect(
    dialog(page).getByText('Enter a valid domain, e.g. contoso.partner.onmschina.cn'),
  ).toBeVisible();
  await page.getByLabel('Tenant domain').fill('contosobj.partner.onmschina.cn');
  await page.getByLabel('Tenant domain').press('Control+Enter');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole('main').getByText('contosobj.partner.onmschina.cn').first()).toBeVisible();

  // A service of the desk's own, named in both languages, ticked for this customer at once.
  await page.getByRole('button', { name: 'Add service' }).click();
  await page.getByLabel('Chinese name').fill('Microsoft Teams 会议室');
  await page.getByLabel('English name').fill('Microsoft Teams Rooms');
  await page.getByLabel('English name').press('Control+Enter');
  await expect(page.getByRole('checkbox', { name: 'Microsoft Teams Rooms' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Microsoft Teams Rooms' })).toBeEnabled();
  await page.mouse.move(0, 0);
  await screen(page, 'customer.en');

  await page.getByRole('menuitem', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Service catalogue' })).toContainText('microsoft-teams-rooms');
});
