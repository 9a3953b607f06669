import type { Page } from '@playwright/test';
import { DEFAULT_SLA_POLICY } from '../../core/sla';
import { DEFAULT_SHEET_BODIES } from '../../core/support-sheet-default';
import { HOUR } from '../../core/time';
import { checkAccessibility } from './axe';
import { createCustomer } from './arrange';
import { DESK_START } from './desk-clock';
import { api, expect, openRoute, settled, switchToEnglish, test } from './desk';
import { choose, screen } from './screens';

/** The test clock's day in the desk's zone (UTC+8), as the sheet writes it. */
const TODAY = new Date(Date.parse(DESK_START) + 8 * HOUR).toISOString().slice(0, 10);

/** The desk answers A in 90 minutes: the sheet must say so, not the defaults. */
async function setPolicy(page: Page) {
  const policy = structuredClone(DEFAULT_SLA_POLICY);
  policy.targets.A.firstResponseMin = 90;
  await api(page, 'slaPolicy.update', { policy });
}

const rows = (page: Page) => page.locator('.ant-table-row');

/** What the rest check reads of the page (the test's own types know no DOM). */
interface PageMotion {
  document: {
    querySelectorAll(selector: string): ArrayLike<unknown>;
    getAnimations(): { playState: string; effect: { getComputedTiming(): { endTime?: number } } | null }[];
  };
}

/** What moves when a dialog or a select's list opens or closes, while its motion is under way. */
const MOTION = ['.ant-modal', '.ant-modal-mask', '.ant-select-dropdown']
  .flatMap((e) => ['appear', 'enter', 'leave'].map((phase) => `${e}[class*="-${phase}"]`))
  .join(', ');

/** axe measures colours at rest: no pointer over a button, no dialog or list still opening or closing. */
async function atRest(page: Page) {
  await page.mouse.move(0, 0);
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.waitForFunction((motion) => {
    const { document } = globalThis as unknown as PageMotion;
    const moving = document
      .getAnimations()
      .some((a) => a.playState === 'running' && (a.effect?.getComputedTiming().endTime ?? 0) !== Infinity);
    return !moving && document.querySelectorAll(motion).length === 0;
  }, MOTION);
}

/** What Print puts on paper: the sheet alone, on A4 portrait pages (its own @page, which a PDF obeys). */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ant-layout-sider')).toBeHidden();
  await expect(page.getByRole('button', { name: '标记为已发送' })).toBeHidden();
  await screen(page, name);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 is 595 x 842 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
  await page.emulateMedia({ media: 'screen' });
}

test('a new customer reminds the agent to send the sheet; the agent prints it, marks it sent and filters the list', async ({
  page,
  desk,
}) => {
  await desk.openCases();
  await setPolicy(page);
  await createCustomer(page, { name: '深圳海川物流有限公司' });

  await page.getByRole('menuitem', { name: '客户', exact: true }).click();
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByRole('dialog').getByLabel('客户名称').fill('上海明远贸易有限公司');
  await page.getByRole('dialog').getByLabel('租户域名').fill('mingyuan.partner.onmschina.cn');
  await page.getByRole('dialog').getByLabel('客户名称').press('Control+Enter');

  const reminder = page.getByRole('alert').filter({ hasText: '请向该客户发送支持流程说明' });
  await expect(reminder).toBeVisible();
  await expect(page.getByRole('button', { name: '支持流程说明', exact: true })).toBeVisible();
  await checkAccessibility(page, 'customer page with the sheet reminder (zh-CN)');
  await screen(page, 'support-sheet-reminder.zh-CN');
  await reminder.getByRole('button', { name: '打开支持流程说明' }).click();

  await expect(page.getByRole('heading', { name: '支持流程说明 · 上海明远贸易有限公司' })).toBeVisible();
  const sheet = page.getByRole('region', { name: '上海明远贸易有限公司的支持流程说明' });
  await expect(sheet.getByRole('heading', { name: '支持流程说明', exact: true })).toBeVisible();
  const rowA = sheet.getByRole('row').filter({ hasText: 'A 级（严重）' });
  await expect(rowA.getByRole('cell')).toHaveText([
    'A 级（严重）',
    '业务严重受影响：关键服务不可用，没有变通办法',
    '1 小时 30 分钟',
    '4 小时',
    '1 天',
  ]);
  await expect(sheet.getByRole('row').filter({ hasText: 'B 级（中等）' })).toContainText('3 天');
  await expect(sheet).toContainText('mingyuan.partner.onmschina.cn');
  await expect(sheet).toContainText(`支持流程说明第 1 版 · ${TODAY}`);
  await checkAccessibility(page, 'support process sheet (zh-CN)');
  await screen(page, 'support-sheet.zh-CN');
  await rowA.scrollIntoViewIfNeeded();
  await screen(page, 'support-sheet-targets.zh-CN');
  await printed(page, 'support-sheet-print.zh-CN');

  await page.getByRole('button', { name: '标记为已发送' }).click();
  const dialog = page.getByRole('dialog', { name: '标记为已发送（第 1 版）' });
  await choose(page, '渠道', '电子邮件');
  await atRest(page);
  await checkAccessibility(page, 'mark the sheet as sent (zh-CN)');
  await dialog.getByRole('button', { name: '标记为已发送' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '支持流程说明' })).toHaveText(
    `支持流程说明：${TODAY} 通过电子邮件发送，第 1 版`,
  );

  await page.getByRole('button', { name: '返回客户' }).click();
  await expect(page.getByRole('heading', { name: '上海明远贸易有限公司' })).toBeVisible();
  await expect(page.getByText(`${TODAY} 通过电子邮件发送，第 1 版`)).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await page.getByRole('menuitem', { name: '客户', exact: true }).click();
  const list = page.getByRole('table', { name: '客户列表' });
  await settled(list);
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel('按支持流程说明筛选').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '从未发送' }).click();
  await settled(list);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('深圳海川物流有限公司');
  await expect(rows(page).first()).toContainText('未发送');
  await expect(page.getByText('共 1 个客户')).toBeVisible();
  await atRest(page);
  await checkAccessibility(page, 'customer list filtered by the sheet (zh-CN)');
  await screen(page, 'support-sheet-filter.zh-CN');

  await openRoute(page, 'settings');
  const card = page.locator('.ant-card', { hasText: '支持流程说明模板' });
  await expect(card.getByText('第 1 版（随应用提供）')).toBeVisible();
  await expect(card.getByLabel('中文模板')).toHaveValue(/^# 支持流程说明/);
  await card.scrollIntoViewIfNeeded();
  await checkAccessibility(page, 'support process sheet template (zh-CN)');
  await screen(page, 'support-sheet-template.zh-CN');
});

test('in English: the template is edited in Settings, and a customer holding the older version is found and sent the new one', async ({
  page,
  desk,
}) => {
  await desk.open();
  await switchToEnglish(page);
  await setPolicy(page);
  const customer = await createCustomer(page, {
    name: 'Contoso Beijing Ltd.',
    tenantDomain: 'contosobj.partner.onmschina.cn',
  });
  await api(page, 'contacts.add', {
    customerId: customer.id,
    name: 'Zhang Wei',
    email: 'zhang.wei@contoso.cn',
    preferredChannel: 'email',
    language: 'en',
  });
  await api(page, 'supportSheet.markSent', {
    customerId: customer.id,
    templateVersion: 1,
    sentOn: TODAY,
    contactId: null,
    channel: 'email',
  });

  await openRoute(page, 'settings');
  const card = page.locator('.ant-card', { hasText: 'Support process sheet template' });
  await expect(card.getByText('Version 1 (as shipped)')).toBeVisible();
  const english = card.getByLabel('English template');
  await english.fill(`${DEFAULT_SHEET_BODIES.en}\n\nYour account manager: {account_manager}`);
  await card.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(card.getByText('Unknown placeholder: use only those listed below')).toBeVisible();
  await english.fill(`${DEFAULT_SHEET_BODIES.en}\n\nFirst response to A within {response_a}.`);
  await card.getByText('Preview (sample customer)', { exact: true }).click();
  const preview = card.getByRole('region', { name: 'English preview' });
  await expect(preview).toContainText('Contoso Trading Ltd.');
  await expect(preview).toContainText('First response to A within 1 hour 30 minutes.');
  await checkAccessibility(page, 'support process sheet template preview (en)');
  await card.scrollIntoViewIfNeeded();
  await screen(page, 'support-sheet-template.en');
  await card.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(card.getByText(/^Version 2 · saved by /)).toBeVisible();

  await openRoute(page, 'customers');
  const list = page.getByRole('table', { name: 'Customer list' });
  await settled(list);
  await page.getByLabel('Filter by support process sheet').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Sent an older version' })
    .click();
  await settled(list);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Version 1 (old)');
  await rows(page).first().click();

  const outdated = page
    .getByRole('alert')
    .filter({ hasText: 'The customer holds an older support process sheet' });
  await expect(outdated).toContainText(
    'An older version was sent (version 1); the template is now at version 2.',
  );
  await screen(page, 'support-sheet-outdated.en');
  await outdated.getByRole('button', { name: 'Open the support process sheet' }).click();

  // The main contact reads English, so the sheet opens in English.
  const sheet = page.getByRole('region', { name: 'Support process sheet for Contoso Beijing Ltd.' });
  await expect(sheet.getByRole('heading', { name: 'Support process sheet', exact: true })).toBeVisible();
  await expect(
    sheet.getByRole('row').filter({ hasText: 'A (critical)' }).getByRole('cell').nth(2),
  ).toHaveText('1 hour 30 minutes');
  await expect(sheet).toContainText('Zhang Wei · zhang.wei@contoso.cn · prefers E-mail');
  await expect(sheet).toContainText('First response to A within 1 hour 30 minutes.');
  const toggle = page.getByRole('radiogroup', { name: 'Language of the sheet' });
  await toggle.getByText('中文', { exact: true }).click();
  await expect(sheet.getByRole('heading', { name: '支持流程说明', exact: true })).toBeVisible();
  await toggle.getByText('English', { exact: true }).click();
  await checkAccessibility(page, 'support process sheet (en)');
  await screen(page, 'support-sheet.en');

  await page.getByRole('button', { name: 'Mark as sent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark as sent (version 2)' });
  await expect(dialog.getByLabel('Contact')).toBeVisible();
  await atRest(page);
  await checkAccessibility(page, 'mark the sheet as sent (en)');
  await screen(page, 'support-sheet-mark-sent.en');
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Support process sheet' })).toHaveText(
    `Support process sheet: Sent on ${TODAY} to Zhang Wei by E-mail, version 2`,
  );

  await openRoute(page, 'customers');
  await settled(list);
  await expect(page.getByText('No customer matches the filter')).toBeVisible();
  await page.getByLabel('Filter by support process sheet').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'All customers' })
    .click();
  await settled(list);
  await expect(rows(page).first()).toContainText('Version 2');
  await atRest(page);
  await screen(page, 'support-sheet-filter.en');
});
