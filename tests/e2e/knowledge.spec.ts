import type { Page } from '@playwright/test';
import { createCase, createCustomer } from './arrange';
import { checkAccessibility } from './axe';
import { api, expect, openRoute, settled, switchToEnglish, test } from './desk';
import { choose, screen } from './screens';

interface Labels {
  nav: string;
  write: string;
  zh: string;
  en: string;
  titleZh: string;
  bodyZh: string;
  titleEn: string;
  bodyEn: string;
  save: string;
  publish: string;
  edit: string;
  compareLabel: string;
}

const ZH: Labels = {
  nav: '知识库',
  write: '写文章',
  zh: '中文版',
  en: '英文版',
  titleZh: '中文标题',
  bodyZh: '中文正文（Markdown）',
  titleEn: '英文标题',
  bodyEn: '英文正文（Markdown）',
  save: '保存',
  publish: '发布',
  edit: '编辑',
  compareLabel: '中文正文',
};
const EN: Labels = {
  nav: 'Knowledge',
  write: 'Write an article',
  zh: 'Chinese',
  en: 'English',
  titleZh: 'Chinese title',
  bodyZh: 'Chinese body (Markdown)',
  titleEn: 'English title',
  bodyEn: 'English body (Markdown)',
  save: 'Save',
  publish: 'Publish',
  edit: 'Edit',
  compareLabel: 'Chinese body',
};

const ARTICLE = {
  titleZh: 'Outlook 提示密码过期',
  bodyZh: '1. 打开 **设置**\n2. 选择「帐户」并重置密码\n3. 详见 [帮助](https://support.example/outlook)',
  titleEn: 'Outlook says the password expired',
  bodyEn: '1. Open **Settings**\n2. Choose Account and reset the password',
};

/** Writes the article in Chinese with its English version through the editor, and publishes it. */
async function writeAndPublish(page: Page, l: Labels, lang: string) {
  await page.getByRole('menuitem', { name: l.nav }).click();
  await settled(page.getByRole('table', { name: l.nav === '知识库' ? '知识库' : 'Knowledge base' }));
  await page.getByRole('button', { name: l.write }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel(l.titleZh).fill(ARTICLE.titleZh);
  await editor.getByLabel(l.bodyZh).fill(ARTICLE.bodyZh);
  // The live preview renders the Markdown as it is typed.
  await expect(editor.getByRole('region', { name: new RegExp(l.zh) }).locator('strong')).toHaveText(/设置/);
  await editor.getByRole('tab', { name: l.en }).click();
  await editor.getByLabel(l.titleEn).fill(ARTICLE.titleEn);
  await editor.getByLabel(l.bodyEn).fill(ARTICLE.bodyEn);
  await screen(page, `knowledge-editor.${lang}`);
  await checkAccessibility(page, `knowledge editor (${lang})`);
  await editor.getByRole('button', { name: l.save }).click();
  await expect(editor).toBeHidden();
  const article = page.locator('[data-revision]');
  await expect(article).toHaveAttribute('data-revision', '1');
  await page.getByRole('button', { name: l.publish, exact: true }).click();
  await expect(article).toHaveAttribute('data-revision', '2');
  // A second edit, so that the history has a text diff to show.
  await page.getByRole('button', { name: l.edit, exact: true }).click();
  await page.getByRole('dialog').getByLabel(l.bodyZh).fill(ARTICLE.bodyZh.replace('重置密码', '修改密码'));
  await page.getByRole('dialog').getByRole('button', { name: l.save }).click();
  await expect(article).toHaveAttribute('data-revision', '3');
  const diff = page.getByRole('region', { name: l.compareLabel, exact: true });
  await expect(diff.locator('ins')).toHaveText('修改');
  await expect(diff.locator('del')).toHaveText('重置');
  // Links in the body open outside the app.
  await expect(page.getByRole('link', { name: /帮助/ }).first()).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  );
  await diff.scrollIntoViewIfNeeded();
  await screen(page, `knowledge-article-history.${lang}`);
  await checkAccessibility(page, `article page (${lang})`);
}

const suggestions = (page: Page) => page.getByTestId('article-suggestions');

test('an agent writes a bilingual article, sees it suggested while logging a case, and sends it to the customer', async ({
  page,
  desk,
}) => {
  await desk.openCases();
  const customer = await createCustomer(page);
  await api(page, 'contacts.add', { customerId: customer.id, name: '王晓明', language: 'zh-CN' });
  await writeAndPublish(page, ZH, 'zh-CN');

  await openRoute(page, 'knowledge');
  await page.keyboard.press('/');
  await expect(
    page.getByRole('searchbox', { name: /搜索文章/ }).or(page.getByLabel(/搜索文章/).first()),
  ).toBeFocused();
  await page.keyboard.type('密码');
  await expect(page.getByTestId('article-count')).toHaveText('共 1 篇文章');
  await expect(page.getByRole('table', { name: '知识库' }).locator('mark').first()).toHaveText('密码');
  await screen(page, 'knowledge-page.zh-CN');
  await checkAccessibility(page, 'knowledge page (zh-CN)');

  // Logging a matching case: the article is suggested as the title is typed.
  await page.keyboard.press('Escape');
  await page.locator('body').click();
  await page.keyboard.press('n');
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('客户', { exact: true }).fill('明远');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '上海明远' }).click();
  await drawer.getByLabel('标题', { exact: true }).fill('Outlook 一直提示密码过期');
  await expect(suggestions(page)).toHaveAttribute('data-settled', 'true');
  await expect(suggestions(page).getByTestId('article-suggestion')).toHaveCount(1);
  await expect(suggestions(page)).toContainText(ARTICLE.titleZh);
  await suggestions(page).scrollIntoViewIfNeeded();
  await screen(page, 'knowledge-suggestions-new-case.zh-CN');
  await choose(page, '支持范围', '软件配置');
  await choose(page, '服务', 'Office 365');
  await drawer.getByLabel('标题', { exact: true }).press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Outlook 一直提示密码过期' })).toBeVisible();

  // On the case page: send it to the customer in their language, then record it as the solution.
  await expect(suggestions(page)).toHaveAttribute('data-settled', 'true');
  await suggestions(page)
    .getByRole('button', { name: `发送给客户: ${ARTICLE.titleZh}` })
    .click();
  const reply = page.getByLabel('客户回复');
  await expect(reply).toHaveValue(new RegExp(`^${ARTICLE.titleZh}\\n\\n1\\. 打开`));
  await reply.press('Control+Enter');
  await expect(page.getByTestId('timeline-event').filter({ hasText: '发送了知识库文章' })).toContainText(
    `发送了知识库文章「${ARTICLE.titleZh}」给 王晓明`,
  );
  await suggestions(page)
    .getByRole('button', { name: `用它解决了: ${ARTICLE.titleZh}` })
    .click();
  await expect(
    suggestions(page).getByRole('button', { name: `已用于本案例: ${ARTICLE.titleZh}` }),
  ).toBeDisabled();
  await expect(page.getByTestId('timeline-event').filter({ hasText: '解决了问题' })).toHaveCount(1);
  await screen(page, 'knowledge-suggestions-case.zh-CN');
  await checkAccessibility(page, 'case page with suggestions (zh-CN)');

  await openRoute(page, 'knowledge');
  await expect(page.getByRole('table', { name: '知识库' }).getByRole('row').nth(1)).toContainText('1');
});

test('in English: the article goes to an English-speaking contact in English', async ({ page, desk }) => {
  await desk.open();
  await switchToEnglish(page);
  const customer = await createCustomer(page);
  await api(page, 'contacts.add', { customerId: customer.id, name: 'Zhang Wei', language: 'en' });
  await writeAndPublish(page, EN, 'en');

  await openRoute(page, 'knowledge');
  await page.keyboard.press('/');
  await page.keyboard.type('password');
  await expect(page.getByTestId('article-count')).toHaveText('1 article');
  await screen(page, 'knowledge-page.en');
  await checkAccessibility(page, 'knowledge page (en)');

  await page.keyboard.press('Escape');
  await page.locator('body').click();
  await page.keyboard.press('n');
  await page.getByRole('dialog').getByLabel('Title', { exact: true }).fill('Password expired in Outlook');
  await expect(suggestions(page)).toHaveAttribute('data-settled', 'true');
  await expect(suggestions(page)).toContainText(ARTICLE.titleEn);
  await suggestions(page).scrollIntoViewIfNeeded();
  await screen(page, 'knowledge-suggestions-new-case.en');
  await checkAccessibility(page, 'new-case drawer with suggestions (en)');
  await page.keyboard.press('Escape');

  const c = await createCase(page, customer.id, { title: 'Outlook: password expired' });
  await openRoute(page, `cases/${c.id}`);
  await expect(suggestions(page)).toHaveAttribute('data-settled', 'true');
  await suggestions(page)
    .getByRole('button', { name: `Send to customer: ${ARTICLE.titleEn}` })
    .click();
  const reply = page.getByLabel('Customer reply');
  await expect(reply).toHaveValue(`${ARTICLE.titleEn}\n\n${ARTICLE.bodyEn.replaceAll('**', '')}`);
  await reply.press('Control+Enter');
  await expect(page.getByTestId('timeline-event').filter({ hasText: 'sent the article' })).toContainText(
    `sent the article “${ARTICLE.titleEn}” to Zhang Wei`,
  );
  await screen(page, 'knowledge-suggestions-case.en');
});
