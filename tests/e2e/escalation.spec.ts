import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { DraftFound } from '../../core/drafts';
import { createCase, createCustomer } from './arrange';
import { api, expect, openRoute, test } from './desk';
import { screen } from './screens';
import { escalationDraft, vianetAnswer } from '../helpers/arranged-inputs';

// A small local page stands in for 21Vianet's support request form: its address is a setting, and
// 127.0.0.1 goes on the hand-off allowlist through the settings operation.
let form: Server | null = null;
let formUrl = '';

test.beforeAll(async () => {
  form = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>21Vianet support request</title><h1>提交服务请求 / Submit a service request</h1>
      <p>path: ${req.url}</p><form><label>标题 <input name="title"></label><button>提交</button></form>`);
  });
  await new Promise<void>((resolve) => form!.listen(0, '127.0.0.1', resolve));
  formUrl = `http://127.0.0.1:${(form!.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => (form ? form.close(() => resolve()) : resolve()));
});

interface PageGlobals {
  navigator: { clipboard: { readText(): Promise<string> } };
}

const clipboard = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText());

/** Clicks `button` and waits for the tab it opens (browser mode opens a portal so) to load `url`. */
async function openedTab(context: BrowserContext, button: Locator, url: string): Promise<Page> {
  const [tab] = await Promise.all([context.waitForEvent('page'), button.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(url);
  return tab;
}

async function arrange(page: Page) {
  await api(page, 'handoffSettings.update', {
    allowlist: [
      'https://portal.partner.microsoftonline.cn',
      'https://login.partner.microsoftonline.cn',
      formUrl,
    ],
    adminCenterUrl: `${formUrl}/adminportal/`,
    partnerCenterUrl: `${formUrl}/partner/`,
  });
  // The customer made the reseller an admin: the request goes to its admin center.
  const customer = await createCustomer(page, {
    name: '上海明远贸易有限公司',
    tenantDomain: 'mingyuan.partner.onmschina.cn',
    adminRole: true,
  });
  await api(page, 'contacts.add', {
    customerId: customer.id,
    name: '王晓明',
    phone: '13800138000',
    email: 'wang@mingyuan.cn',
  });
  const detail = await createCase(page, customer.id, {
    title: 'Outlook 持续提示输入密码',
    description: '自 1 月 5 日起，销售部所有用户的 Outlook 桌面版持续提示输入密码，网页版正常。',
  });
  await api(page, 'cases.changeStatus', { caseId: detail.id, from: 'new', to: 'in_progress' });
  await api(page, 'cases.addNote', { caseId: detail.id, body: '清除了凭据缓存并重建配置文件，问题依旧。' });
  return detail;
}

test('an agent escalates a case to 21Vianet, copies the summary and records the request', async ({
  page,
  context,
  desk,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await desk.openCases();
  const c = await arrange(page);
  await openRoute(page, `cases/${c.id}`);
  await expect(page.getByRole('heading', { name: 'Outlook 持续提示输入密码' })).toBeVisible();

  await page.getByRole('button', { name: '呈报世纪互联' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('remediation-note')).toContainText('修正计划');
  await drawer.getByRole('button', { name: '下一步' }).click();
  await expect(drawer.getByText('至少选择一项呈报原因')).toBeVisible();
  await expect(drawer.locator('.ant-form-item-explain-error', { hasText: '必填' })).toBeVisible();
  await drawer
    .getByRole('textbox', { name: '已尝试的步骤' })
    .fill('重置了密码，重建了 Outlook 配置文件，清除了凭据缓存。');
  await drawer.getByRole('checkbox', { name: /缺少支持工具/ }).check();
  await drawer
    .getByRole('textbox', { name: '依据（缺少支持工具）' })
    .fill('我们无权查看该租户的登录日志，无法确认身份验证失败的原因。');
  await screen(page, 'escalation-justify.zh-CN');
  await drawer.getByRole('button', { name: '下一步' }).click();

  await expect(drawer.getByText('该客户没有高级支持协议：只能请求 B 级或 C 级。')).toBeVisible();
  await expect(drawer.getByRole('radio', { name: 'A 级（严重）' })).toBeDisabled();
  await drawer
    .getByRole('textbox', { name: '业务影响' })
    .fill('销售部 40 人无法收发邮件，影响当天订单处理。');
  await expect(drawer.getByRole('combobox', { name: '联系人' })).toHaveValue(
    '王晓明 13800138000 wang@mingyuan.cn',
  );
  const summary = drawer.getByTestId('escalation-summary');
  await expect(summary.locator('[data-field="businessImpact"]')).toContainText('销售部 40 人');
  await screen(page, 'escalation-request.zh-CN');
  await drawer.getByRole('button', { name: '保存并继续' }).click();

  await expect(drawer.getByRole('button', { name: '打开管理中心' })).toBeEnabled();
  await summary.getByRole('button', { name: '复制“标题”' }).click();
  await expect.poll(() => clipboard(page)).toBe('Outlook 持续提示输入密码');
  await summary.getByRole('button', { name: '复制“处理经过（摘录）”' }).click();
  await expect.poll(() => clipboard(page)).toMatch(/\[备注\] 清除了凭据缓存并重建配置文件，问题依旧。/);
  await screen(page, 'escalation-handoff.zh-CN');

  // Browser mode: the hand-off opens in a new tab, at the configured (allowlisted) address.
  const tab = await openedTab(
    context,
    drawer.getByRole('button', { name: '打开管理中心' }),
    `${formUrl}/adminportal/`,
  );
  await expect(tab.getByRole('heading', { name: /提交服务请求/ })).toBeVisible();
  await tab.close();

  await drawer.getByLabel('世纪互联请求编号').fill('2601050010000123');
  await drawer.getByLabel('世纪互联联系人').fill('张工 400-089-0365');
  await drawer.getByRole('button', { name: '登记请求' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.ant-tag', { hasText: '等待世纪互联' }).first()).toBeVisible();
  await expect(
    page.getByTestId('timeline-event').filter({ hasText: '请求编号 2601050010000123' }),
  ).toBeVisible();
  await expect(page.getByTestId('case-escalations')).toContainText('2601050010000123');
  // The SLA clocks stop while the case waits on 21Vianet.
  await expect(page.getByText(/已暂停/).first()).toBeVisible();
  await screen(page, 'escalation-case.zh-CN');

  // A later update: 21Vianet called back.
  await page.getByTestId('case-escalations').getByRole('button', { name: '更新进展' }).click();
  await page.getByRole('menuitem', { name: '世纪互联已联系我们', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: '备注（可选）' })
    .fill('张工来电，需要客户提供登录日志。');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(
    page
      .getByTestId('timeline-event')
      .filter({ hasText: '更新世纪互联请求 2601050010000123：世纪互联已联系 — 张工来电' }),
  ).toBeVisible();

  // The request number finds the case in the case search.
  await page.getByRole('button', { name: '返回案例列表' }).click();
  await page.getByLabel('搜索案例').fill('2601050010000123');
  await expect(page.locator('.ant-table-row', { hasText: 'Outlook 持续提示输入密码' })).toBeVisible();
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
});

async function prepareOffline(page: Page, caseId: string) {
  await openRoute(page, `cases/${caseId}`);
  await page.getByRole('button', { name: '呈报世纪互联' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('textbox', { name: '已尝试的步骤' }).fill('重启客户端，重新登录。');
  await drawer.getByRole('checkbox', { name: /缺少文档/ }).check();
  await drawer
    .getByRole('textbox', { name: '依据（缺少文档）' })
    .fill('世纪互联文档中没有说明错误代码 0x80190001。');
  await drawer.getByRole('button', { name: '下一步' }).click();
  await drawer.getByRole('textbox', { name: '业务影响' }).fill('财务部无法登录 Teams。');
  await drawer.getByRole('button', { name: '保存到队列（离线）' }).click();
  await expect(drawer.getByTestId('handoff-offline')).toBeVisible();
  await expect(drawer.getByRole('button', { name: '打开管理中心' })).toBeDisabled();
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
}

test('offline, escalations wait in the queue; when the network returns the agent is told and finishes them', async ({
  page,
  context,
  desk,
}) => {
  await desk.openCases();
  const c = await arrange(page);
  const network = page.getByTestId('network-status');
  await expect(network).toContainText('在线');

  // The manual override: work offline even though the network is there.
  await network.getByRole('switch', { name: '离线工作' }).click();
  await expect(network).toContainText('离线（手动）');
  await prepareOffline(page, c.id);
  await expect(page.getByTestId('case-escalations')).toContainText('待提交');
  await expect(page.getByTestId('case-escalations')).toContainText('离线准备');

  // A Partner Center request prepared offline joins the queue too.
  await page.getByRole('menuitem', { name: '世纪互联', exact: true }).click();
  await page.getByRole('tab', { name: '合作伙伴中心请求' }).click();
  await page.getByRole('button', { name: '新建合作伙伴中心请求' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('combobox', { name: '问题类别' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '计费问题' }).click();
  await drawer.getByRole('textbox', { name: '标题' }).fill('十二月发票金额与价目表不符');
  await drawer
    .getByRole('textbox', { name: '问题描述' })
    .fill('十二月发票中 Office 365 E3 单价比价目表高 12%。');
  await drawer.getByRole('textbox', { name: '业务影响' }).fill('无法完成月结。');
  await drawer.getByRole('textbox', { name: '联系人' }).fill('李娜 021-5555-0100');
  await drawer.getByRole('button', { name: '保存到队列（离线）' }).click();
  await expect(drawer.getByTestId('handoff-offline')).toBeVisible();
  await drawer.locator('.ant-drawer-close').click();

  await page.getByRole('tab', { name: /待提交队列/ }).click();
  await expect(page.getByTestId('queue-item')).toHaveCount(2);
  await expect(page.getByTestId('queue-item').first()).toContainText('离线准备');
  await screen(page, 'escalation-queue-offline.zh-CN');

  // The network drops for real, the override is switched off, then the network returns.
  await context.setOffline(true);
  await expect(network).toContainText('离线');
  await network.getByRole('switch', { name: '离线工作' }).click();
  await expect(network).not.toContainText('手动');
  await context.setOffline(false);
  const notice = page.locator('.ant-notification-notice', { hasText: '2 个呈报可以提交' });
  await expect(notice).toBeVisible();
  await screen(page, 'escalation-back-online.zh-CN');
  await notice.getByRole('button', { name: '打开队列' }).click();

  // Continue the escalation where it was left: straight at the hand-off.
  await page
    .getByTestId('queue-item')
    .filter({ hasText: 'Outlook' })
    .getByRole('button', { name: '继续提交' })
    .click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('button', { name: '打开管理中心' })).toBeEnabled();
  await expect(panel.getByTestId('escalation-summary')).toContainText('财务部无法登录 Teams。');
  await panel.getByLabel('世纪互联请求编号').fill('2601050010000456');
  await panel.getByLabel('世纪互联联系人').fill('王工 400-089-0365');
  await panel.getByRole('button', { name: '登记请求' }).click();
  await expect(page.locator('.ant-tag', { hasText: '等待世纪互联' }).first()).toBeVisible();
  await expect(network.locator('.ant-badge-count')).toHaveText('1');
});

test('the desk files a Partner Center request and follows it up', async ({ page, context, desk }) => {
  await desk.openCases();
  await arrange(page);
  await page.getByRole('menuitem', { name: '世纪互联', exact: true }).click();
  await page.getByRole('tab', { name: '合作伙伴中心请求' }).click();
  await page.getByRole('button', { name: '新建合作伙伴中心请求' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: '保存并继续' }).click();
  await expect(drawer.locator('.ant-form-item-explain-error', { hasText: '请选择' })).toBeVisible();
  await drawer.getByRole('combobox', { name: '问题类别' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '客户和订阅管理' })
    .click();
  await drawer.getByRole('textbox', { name: '标题' }).fill('无法为新客户添加 Azure 订阅');
  // What is typed survives a reload before the request is saved.
  await expect
    .poll(async () => (await api<DraftFound>(page, 'drafts.get', { key: 'partner-request:new' })).draft?.body)
    .toMatchObject({ title: '无法为新客户添加 Azure 订阅' });
  await page.reload();
  await page.getByRole('button', { name: '新建合作伙伴中心请求' }).click();
  await expect(drawer.getByRole('textbox', { name: '标题' })).toHaveValue('无法为新客户添加 Azure 订阅');
  await drawer.getByRole('textbox', { name: '问题描述' }).fill('添加 Azure 计划时返回错误 800002。');
  await drawer.getByRole('textbox', { name: '业务影响' }).fill('客户本周无法开始迁移。');
  await drawer.getByRole('textbox', { name: '联系人' }).fill('李娜 021-5555-0100');
  await drawer.getByRole('button', { name: '保存并继续' }).click();
  await expect(drawer.getByTestId('escalation-summary')).toContainText('客户和订阅管理问题');
  // Saved as a request in the queue, the typing draft has served.
  await expect
    .poll(async () => (await api<DraftFound>(page, 'drafts.get', { key: 'partner-request:new' })).draft)
    .toBeNull();
  await screen(page, 'partner-request.zh-CN');
  await (
    await openedTab(context, drawer.getByRole('button', { name: '打开合作伙伴中心' }), `${formUrl}/partner/`)
  ).close();
  await drawer.getByLabel('世纪互联请求编号').fill('PC-2601-0042');
  await drawer.getByLabel('世纪互联联系人').fill('赵工');
  await drawer.getByRole('button', { name: '登记请求' }).click();
  const row = page.locator('.ant-table-row', { hasText: '无法为新客户添加 Azure 订阅' });
  await expect(row).toContainText('PC-2601-0042');
  await expect(row).toContainText('已提交');
  await screen(page, 'partner-requests.zh-CN');

  await row.click();
  const view = page.getByRole('dialog');
  await view.getByRole('button', { name: '更新进展' }).click();
  await page.getByRole('menuitem', { name: '请求已关闭', exact: true }).click();
  await page.getByRole('dialog', { name: '请求已关闭' }).getByRole('button', { name: '保存' }).click();
  await expect(view.getByTestId('partner-event').filter({ hasText: '更新状态：已关闭' })).toBeVisible();
});

async function escalateThroughApi(page: Page, caseId: string, title: string, number: string) {
  const draft = await api<{ id: string }>(page, 'escalations.prepare', {
    ...escalationDraft(caseId, title),
    contact: '王晓明 13800138000',
  });
  await api(page, 'escalations.submit', vianetAnswer(draft.id, number));
}

test('the escalation report, its CSV, and the panel and settings in English', async ({ page, desk }) => {
  await desk.openCases();
  const first = await arrange(page);
  const customer = first.customer.id;
  const second = await createCase(page, customer, { title: 'Outlook 反复提示输入密码', channel: 'email' });
  const third = await createCase(page, customer, {
    title: 'Power BI 报表刷新失败',
    supportArea: 'software_config',
    service: 'powerbi',
    severity: 'C',
    channel: 'chat',
  });
  await escalateThroughApi(page, first.id, 'Outlook 持续提示输入密码', 'SR-1001');
  await escalateThroughApi(page, second.id, 'Outlook 反复提示输入密码', 'SR-1002');

  await page.getByRole('menuitem', { name: '报表', exact: true }).click();
  const report = page.getByTestId('escalation-report');
  await expect(report.getByText('呈报数', { exact: true }).first()).toBeVisible();
  await expect(report.locator('.ant-statistic').first()).toContainText('2');
  await expect(report).toContainText('3 个新建案例中有 2 个已呈报');
  await expect(report.getByRole('listitem', { name: '缺少支持工具: 2' })).toBeVisible();
  await expect(report.locator('.ant-card', { hasText: '重复呈报的主题' })).toContainText('SD-');
  await expect(
    report.locator('.ant-card', { hasText: '仍在等待世纪互联' }).locator('.ant-table-row'),
  ).toHaveCount(2);
  await screen(page, 'escalation-report.zh-CN');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV' }).click(),
  ]);
  const csv = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('缺少支持工具,');
  expect(csv.toString('utf8')).toContain('SR-1001');

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(report.getByText('Escalations', { exact: true }).first()).toBeVisible();
  await expect(report).toContainText('2 of 3 new cases escalated');
  await screen(page, 'escalation-report.en');

  // The panel in English, on the case not yet escalated; the summary follows its own language choice.
  await openRoute(page, `cases/${third.id}`);
  // X opens the panel from the case page, once the case has loaded its escalations.
  await expect(page.getByRole('button', { name: 'Escalate to 21Vianet' })).toBeEnabled();
  await page.keyboard.press('x');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('remediation-note')).toContainText('remediation plan');
  await drawer
    .getByRole('textbox', { name: 'What was tried' })
    .fill('Re-entered the gateway credentials; refresh still fails.');
  await drawer.getByRole('checkbox', { name: /Missing training/ }).check();
  await drawer
    .getByRole('textbox', { name: 'Evidence (Missing training)' })
    .fill('No one on the desk is trained on the on-premises data gateway.');
  await drawer.getByRole('checkbox', { name: /Missing documentation/ }).check();
  await drawer.getByRole('button', { name: 'Next' }).click();
  await expect(drawer.getByText('Give your evidence in a sentence (at least 10 characters)')).toBeVisible();
  await screen(page, 'escalation-justify.en');
  await drawer
    .getByRole('textbox', { name: 'Evidence (Missing documentation)' })
    .fill('21Vianet documents no gateway error 0x8004.');
  await drawer.getByRole('button', { name: 'Next' }).click();
  await drawer
    .getByRole('textbox', { name: 'Issue (one indivisible issue)' })
    .fill('The scheduled refresh of the daily sales report fails through the data gateway since Monday.');
  await drawer
    .getByRole('textbox', { name: 'Business impact' })
    .fill('Finance cannot see the daily sales report.');
  await drawer.getByTestId('escalation-summary').getByText('English').click();
  await expect(drawer.getByTestId('escalation-summary')).toContainText('Business impact');
  await screen(page, 'escalation-request.en');
  await drawer.getByRole('button', { name: 'Save and continue' }).click();
  await expect(drawer.getByRole('button', { name: 'Open the admin center' })).toBeEnabled();
  await screen(page, 'escalation-handoff.en');
  await drawer.locator('.ant-drawer-close').click();

  // Settings: an address off the allowlist is refused next to its field.
  await page.getByRole('menuitem', { name: 'Settings', exact: true }).click();
  const card = page.getByTestId('handoff-settings');
  await card.getByRole('textbox', { name: 'Partner Center address' }).fill('https://partner.example.cn/');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByText("This address is not on the hand-off window's allowlist")).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await screen(page, 'escalation-settings.en');
  await page.getByRole('banner').getByText('简体中文', { exact: true }).click();
  await card.getByRole('textbox', { name: '允许的站点' }).press('End');
  await card.getByRole('textbox', { name: '允许的站点' }).pressSequentially('\nhttps://partner.example.cn');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('移交设置已保存。')).toBeVisible();
  expect((await api<{ partnerCenterUrl: string }>(page, 'handoffSettings.get', {})).partnerCenterUrl).toBe(
    'https://partner.example.cn/',
  );
  await card.scrollIntoViewIfNeeded();
  await screen(page, 'escalation-settings.zh-CN');
});
