import type { Page } from '@playwright/test';
import type { CaseDetail } from '../../core/cases';
import { createCase, createCustomer } from './arrange';
import { api, expect, openRoute, test } from './desk';
import { caseNumber } from './desk-clock';
import { screen } from './screens';

const TITLE = '客户无法登录 Outlook';

/** What the page-side callbacks use of the browser. */
interface PageGlobals {
  DataTransfer: new () => { items: { add(file: File): void } };
}

const describedCase = (page: Page, customerId: string, title: string) =>
  createCase(page, customerId, {
    title,
    description: '客户反馈 Outlook 桌面版持续提示输入密码，网页版正常。',
  });

const event = (page: Page, text: string | RegExp) =>
  page.getByTestId('timeline-event').filter({ hasText: text });

test('an agent works a case: calls, replies, edits a note, owner, tags, links, files and drafts', async ({
  page,
  desk,
}) => {
  await desk.openCases();
  const customer = await createCustomer(page);
  const a = await describedCase(page, customer.id, TITLE);
  const b = await describedCase(page, customer.id, 'Exchange 邮件流规则配置错误');
  await openRoute(page, `cases/${a.id}`);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('暂无标签')).toBeVisible();
  await expect(page.getByText('暂无关联案例')).toBeVisible();

  // A logged call: direction, minutes, summary.
  await page.getByText('电话记录', { exact: true }).click();
  await page.getByLabel('通话时长').fill('12');
  await page.getByLabel('通话摘要').fill('客户来电：清除凭据缓存后仍提示密码错误');
  await page.getByRole('button', { name: '记录通话' }).click();
  await expect(event(page, '记录了来电（12 分钟）')).toContainText('清除凭据缓存后仍提示密码错误');

  // A reply to the customer, shown apart from internal notes.
  await page.getByText('回复客户', { exact: true }).click();
  await page.getByLabel('客户回复').fill('您好，请在“凭据管理器”中删除 Outlook 相关凭据后重新登录。');
  await page.getByLabel('客户回复').press('Control+Enter');
  await expect(event(page, '回复了客户')).toContainText('客户可见');

  // A note, then an edit: the current text with an "edited" marker, the earlier one on demand.
  await page.getByText('备注', { exact: true }).click();
  await page.getByLabel('内部备注').fill('已远程协助，问题依旧。');
  await page.getByLabel('内部备注').press('Control+Enter');
  const note = event(page, '添加了内部备注');
  await expect(note).toContainText('已远程协助，问题依旧。');
  await note.getByRole('button', { name: '编辑' }).click();
  await page.getByLabel('修改备注内容').fill('已远程协助：重建 Outlook 配置文件后问题解决。');
  await page.getByLabel('修改备注内容').press('Control+Enter');
  await expect(note).toContainText('重建 Outlook 配置文件后问题解决');
  await expect(note.getByTestId('edited-marker')).toHaveText('已编辑');
  await note.getByRole('button', { name: '历史版本（1）' }).click();
  await expect(note.getByTestId('note-history')).toContainText('已远程协助，问题依旧。');

  // Assign to me with the A key.
  await page.keyboard.press('a');
  await expect(event(page, '将案例分配给 值班坐席')).toBeVisible();
  await expect(page.getByRole('button', { name: '由我负责' })).toBeDisabled();

  // A tag, typed and added with Enter.
  await page.getByLabel('添加标签').fill('Outlook 凭据');
  await page.getByLabel('添加标签').press('Enter');
  await expect(page.getByTestId('case-tags')).toContainText('Outlook 凭据');
  await expect(event(page, '添加了标签“Outlook 凭据”')).toBeVisible();

  // A link to the other case, picked by its number; it shows from both sides.
  await page.getByLabel('关联类型').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '相关于' }).click();
  await page.getByLabel('选择要关联的案例').fill(caseNumber(2));
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: caseNumber(2) })
    .click();
  await page.getByRole('button', { name: '关联', exact: true }).click();
  await expect(page.getByTestId('case-link')).toContainText(`相关于${caseNumber(2)}`);
  await expect(event(page, `关联了案例 ${caseNumber(2)}`)).toBeVisible();
  await page.getByTestId('case-link').getByText(caseNumber(2)).click();
  await expect(page.getByRole('heading', { name: b.title })).toBeVisible();
  await expect(page.getByTestId('case-link')).toContainText(caseNumber(1));
  await page.getByTestId('case-link').getByText(caseNumber(1)).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  // A file attached to the case with the file chooser, and one dropped onto the note box.
  await page.getByLabel('选择要附加到案例的文件').setInputFiles({
    name: 'outlook-error.log',
    mimeType: 'text/plain',
    buffer: Buffer.from('2026-01-05 09:12 AADSTS50126: Error validating credentials\n'),
  });
  await expect(page.getByTestId('attachment').filter({ hasText: 'outlook-error.log' })).toContainText(
    '值班坐席',
  );
  const drop = await page.evaluateHandle(() => {
    const data = new (globalThis as unknown as PageGlobals).DataTransfer();
    data.items.add(new File(['fake png bytes'], '登录错误截图.png', { type: 'image/png' }));
    return data;
  });
  await page.getByLabel('内部备注').dispatchEvent('dragenter', { dataTransfer: drop });
  await page.getByLabel('内部备注').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByTestId('pending-files')).toContainText('登录错误截图.png');
  await page.getByLabel('内部备注').fill('客户发来的报错截图见附件。');
  await page.getByLabel('内部备注').press('Control+Enter');
  await expect(event(page, '客户发来的报错截图见附件')).toContainText('登录错误截图.png');
  await expect(page.getByTestId('attachment')).toHaveCount(2);

  // Opened in browser mode: a plain-text log shows in a new tab.
  const tab = page.waitForEvent('popup');
  await page.getByTestId('attachment').getByText('outlook-error.log').click();
  expect((await tab).url()).toMatch(/^blob:/);
  await (await tab).close();

  // The edit form (E): one field_changed event per changed field.
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(`编辑案例 ${caseNumber(1)}`)).toBeVisible();
  await dialog.getByLabel('严重级别').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'A 级（严重）' })
    .click();
  await dialog.getByLabel('标题').fill(`${TITLE} 桌面版`);
  await screen(page, 'case-edit.zh-CN');
  await dialog.getByLabel('标题').press('Control+Enter');
  await expect(event(page, '将严重级别从“B 级（中等）”改为“A 级（严重）”')).toBeVisible();
  await expect(event(page, `将标题从“${TITLE}”改为“${TITLE} 桌面版”`)).toBeVisible();
  await expect(page.getByRole('heading', { name: `${TITLE} 桌面版` })).toBeVisible();
  await page.getByRole('button', { name: '返回案例列表' }).scrollIntoViewIfNeeded();
  await screen(page, 'case-page.zh-CN');
  await page.getByText('附件（2）').scrollIntoViewIfNeeded();
  await screen(page, 'case-attachments.zh-CN');

  // A draft survives a reload mid-typing: nothing was saved, the text is back.
  await page.getByLabel('内部备注').fill('草稿：客户下午三点回电，届时确认');
  await expect(page.getByTestId('draft-status')).toHaveText('草稿已自动保存');
  await page.reload();
  await expect(page.getByLabel('内部备注')).toHaveValue('草稿：客户下午三点回电，届时确认');
  expect((await api<CaseDetail>(page, 'cases.get', { id: a.id })).events.at(-1)?.kind).not.toBe('note');

  // Too large for the limit set on the settings page: refused with a clear message, nothing lost.
  await page.getByRole('menuitem', { name: '设置', exact: true }).click();
  await page.getByLabel('单个附件大小上限').fill('1');
  await page.getByLabel('单个附件大小上限').press('Enter');
  await expect(page.getByText('附件上限已设为 1 MB')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: `${TITLE} 桌面版` })).toBeVisible();
  await page.getByLabel('选择要附加到案例的文件').setInputFiles({
    name: 'mailbox-export.pst',
    mimeType: 'application/octet-stream',
    buffer: Buffer.alloc(1024 * 1024 + 10, 1),
  });
  await expect(page.getByText('mailbox-export.pst（1.0 MB）超过 1 MB 的上限，未添加。')).toBeVisible();
  await expect(page.getByTestId('attachment')).toHaveCount(2);
  await expect(page.getByLabel('内部备注')).toHaveValue('草稿：客户下午三点回电，届时确认');
});

test('a similar open case of the same customer is flagged while the new case is typed', async ({
  page,
  desk,
}) => {
  await desk.openCases();
  const customer = await createCustomer(page);
  const other = await createCustomer(page, { name: '北京华信科技股份有限公司' });
  const a = await describedCase(page, customer.id, TITLE);
  await describedCase(page, other.id, TITLE);
  await page.reload();

  await page.getByRole('button', { name: '新建案例 (N)' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('客户', { exact: true }).fill('明远');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '上海明远贸易有限公司' })
    .click();
  await drawer.getByLabel('标题', { exact: true }).fill('财务部无法登录 Outlook');
  const warning = drawer.getByTestId('similar-cases');
  await expect(warning).toContainText('该客户已有 1 个标题相似的未结案例');
  await expect(warning).toContainText(caseNumber(1));
  await expect(warning).not.toContainText(caseNumber(2)); // the other customer's case
  await screen(page, 'case-duplicate.zh-CN');
  await drawer.getByLabel('支持范围', { exact: true }).click();
  // The draft write is awaited from before the change that causes it, so it cannot slip past.
  const saved = page.waitForResponse((r) => r.url().includes('/api/drafts.save'));
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '客户端连接' })
    .click();

  // The new-case form is a draft too: the drawer says it is kept, and a reload keeps it.
  await saved;
  await expect(drawer.getByTestId('draft-status')).toHaveText('草稿已自动保存');
  await page.reload();
  await page.getByRole('button', { name: '新建案例 (N)' }).click();
  await expect(page.getByRole('dialog').getByLabel('标题', { exact: true })).toHaveValue(
    '财务部无法登录 Outlook',
  );
  await expect(page.getByRole('dialog').getByTestId('similar-cases')).toContainText(caseNumber(1));

  // The warning links to the existing case.
  await page.getByRole('dialog').getByTestId('similar-cases').getByText(caseNumber(1)).click();
  await expect(page.getByRole('heading', { name: a.title })).toBeVisible();
});

test('the case page in English', async ({ page, desk }) => {
  await desk.open();
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  const customer = await api<{ id: string }>(page, 'customers.create', {
    name: 'Contoso China Ltd.',
    tenantDomain: 'contosocn.partner.onmschina.cn',
  });
  const a = await describedCase(page, customer.id, 'Outlook keeps prompting for password');
  const b = await describedCase(page, customer.id, 'Mobile devices cannot sync mail via ActiveSync');
  const note = await api<{ id: string }>(page, 'cases.addNote', {
    caseId: a.id,
    body: 'Cleared the cached credentials; no change.',
  });
  await api(page, 'cases.editNote', {
    caseId: a.id,
    noteId: note.id,
    from: 'Cleared the cached credentials; no change.',
    body: 'Rebuilt the Outlook profile; the prompt is gone.',
  });
  await api(page, 'cases.logCall', {
    caseId: a.id,
    direction: 'in',
    minutes: 9,
    body: 'Customer confirmed the fix on two PCs.',
  });
  await api(page, 'cases.addReply', { caseId: a.id, body: 'Please sign out of Outlook and sign in again.' });
  await api(page, 'cases.changeStatus', { caseId: a.id, from: 'new', to: 'in_progress' });
  await api(page, 'cases.addTag', { caseId: a.id, tag: 'MFA' });
  await api(page, 'cases.link', { caseId: b.id, otherId: a.id, kind: 'duplicate_of' });
  await api(page, 'attachments.add', {
    caseId: a.id,
    name: 'outlook-trace.log',
    mime: 'text/plain',
    dataBase64: Buffer.from('trace').toString('base64'),
  });
  await openRoute(page, `cases/${a.id}`);
  await expect(page.getByRole('heading', { name: a.title })).toBeVisible();
  await page.keyboard.press('a');
  await expect(event(page, 'assigned the case to')).toBeVisible();
  await expect(page.getByTestId('case-link')).toContainText(`Duplicated by${caseNumber(2)}`);
  await expect(event(page, 'logged an incoming call (9 min)')).toBeVisible();
  await expect(page.getByTestId('edited-marker')).toHaveText('edited');
  await page.getByRole('button', { name: 'Earlier versions (1)' }).click();
  await screen(page, 'case-page.en');
  await page.getByText('Attachments (1)').scrollIntoViewIfNeeded();
  await screen(page, 'case-attachments.en');

  await page.keyboard.press('e');
  await expect(page.getByRole('dialog').getByText(`Edit case ${caseNumber(1)}`)).toBeVisible();
  await screen(page, 'case-edit.en');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-modal-wrap')).toHaveCount(0);

  await page.keyboard.press('n');
  const drawer = page.getByRole('dialog', { name: 'New case' });
  await drawer.getByLabel('Customer', { exact: true }).fill('Contoso');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Contoso China Ltd.' })
    .click();
  await drawer.getByLabel('Title', { exact: true }).fill('Outlook prompting for password again');
  await expect(drawer.getByTestId('similar-cases')).toContainText('1 open case with a similar title');
  await screen(page, 'case-duplicate.en');
});
