import type { Page } from '@playwright/test';
import { createCase, createCustomer } from './arrange';
import { api, expect, openRoute, switchToEnglish, test } from './desk';
import { screen } from './screens';

/** The usual customer with one contact, who reads `language`, and an Outlook case of theirs. */
async function arrange(page: Page, contact: { name: string; language: 'zh-CN' | 'en' }) {
  const customer = await createCustomer(page);
  await api(page, 'contacts.add', { customerId: customer.id, ...contact });
  return createCase(page, customer.id);
}

test('an agent answers with a canned reply filled in for the case, and the desk sees it counted', async ({
  page,
  desk,
}) => {
  await desk.openCases();
  const c = await arrange(page, { name: '王晓明', language: 'zh-CN' });
  await openRoute(page, `cases/${c.id}`);
  await page.getByText('回复客户', { exact: true }).click();
  await page.getByLabel('客户回复').press('Control+Shift+R');
  const picker = page.getByRole('dialog', { name: '选用快捷回复' });
  await expect(picker.getByRole('option')).toHaveCount(7);
  await picker.getByRole('textbox', { name: '筛选快捷回复' }).fill('连接');
  await expect(picker.getByRole('option')).toHaveCount(1);
  const preview = picker.getByTestId('reply-preview');
  await expect(preview).toHaveText(
    `王晓明您好，我们正在排查上海明远贸易有限公司的客户端连接问题（案例 ${c.number}）。请先尝试重启客户端并检查网络代理设置，结果请告诉我们。`,
  );
  await screen(page, 'canned-reply-picker.zh-CN');
  await picker.getByRole('textbox', { name: '筛选快捷回复' }).press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByLabel('客户回复')).toHaveValue(/^王晓明您好，我们正在排查/);
  await page.getByLabel('客户回复').press('Control+Enter');
  await expect(page.getByTestId('timeline-event').filter({ hasText: '回复了客户' })).toContainText(
    '重启客户端',
  );

  await openRoute(page, 'settings');
  const table = page.getByRole('table', { name: '快捷回复' });
  await expect(table.getByRole('row').filter({ hasText: '客户端连接' })).toContainText('1');
  await table.getByRole('row').filter({ hasText: '客户端连接' }).scrollIntoViewIfNeeded();
  await screen(page, 'canned-replies-settings.zh-CN');
});

test('in English: a reply with an unknown placeholder is refused next to its text, then saved and used', async ({
  page,
  desk,
}) => {
  await desk.open();
  await switchToEnglish(page);
  const c = await arrange(page, { name: 'Zhang Wei', language: 'en' });

  await openRoute(page, 'settings');
  await page.getByRole('button', { name: 'New canned reply' }).click();
  const dialog = page.getByRole('dialog', { name: 'New canned reply' });
  await dialog.getByLabel('Name').fill('Remote session');
  await dialog
    .getByLabel('English text')
    .fill('Hello {contact_name}, please join the remote session for {case_number}.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Unknown placeholder: use only those listed below')).toBeVisible();
  await screen(page, 'canned-reply-edit.en');
  await dialog
    .getByLabel('English text')
    .fill('Hello {contact}, please join the remote session for {case_number}.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Canned replies' }).getByRole('row')).toHaveCount(9);

  await openRoute(page, `cases/${c.id}`);
  await page.getByRole('button', { name: /Canned reply/ }).click();
  const picker = page.getByRole('dialog', { name: 'Pick a canned reply' });
  await picker.getByRole('textbox', { name: 'Filter canned replies' }).fill('remote');
  await expect(picker.getByTestId('reply-preview')).toHaveText(
    `Hello Zhang Wei, please join the remote session for ${c.number}.`,
  );
  await screen(page, 'canned-reply-picker.en');
  await picker.getByRole('button', { name: 'Insert reply' }).click();
  await expect(page.getByLabel('Customer reply')).toHaveValue(
    `Hello Zhang Wei, please join the remote session for ${c.number}.`,
  );
});
