// Two workstations of one desk, each a browser-mode host on its own SQLite file, sharing one case log
// through a real PostgreSQL: joining from the Team sync page, a case and a handover crossing over, and a
// workstation that loses the server, keeps working and catches up.
import type { Browser, Page } from '@playwright/test';
import pg from 'pg';
import { startCluster, type Cluster } from '../helpers/pg-cluster';
import { createCase, createCustomer } from './arrange';
import { api, expect, test } from './desk';
import { screen } from './screens';

let cluster: Cluster;
let server: URL;

test.beforeAll(async () => {
  cluster = await startCluster();
  const admin = new pg.Client(cluster.adminUrl);
  await admin.connect();
  await admin.query('CREATE DATABASE shiftdesk_desk');
  await admin.end();
  server = new URL(cluster.adminUrl);
});
test.afterAll(() => cluster?.stop());

/** A lead joins this workstation to the desk's server through the Team sync page. */
async function join(page: Page, workstationName: string) {
  await page.getByRole('menuitem', { name: '团队同步', exact: true }).click();
  const form = page.getByRole('form', { name: '加入值班台的服务器' });
  await form.getByLabel('服务器地址').fill(server.hostname);
  await form.getByLabel('端口').fill(server.port);
  await form.getByLabel('数据库').fill('shiftdesk_desk');
  await form.getByLabel('用户名').fill(decodeURIComponent(server.username));
  await form.getByLabel('密码').fill(decodeURIComponent(server.password));
  await form.getByLabel('TLS').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '不加密' }).click();
  await form.getByLabel('值班台名称').fill('上海值班台');
  await form.getByLabel('本工作站名称').fill(workstationName);
  await form.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-phase')).toHaveAttribute('data-phase', 'synced');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced');
}

/** A second workstation: its own host and case log, in a browser window of its own on the test clock. */
async function secondWorkstation(browser: Browser, start: () => Promise<{ url: string }>, deskStart: string) {
  const host = await start();
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.clock.install({ time: deskStart });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '案例' })).toBeVisible();
  return { page, close: () => context.close() };
}

test('two workstations share one case log through the desk’s PostgreSQL', async ({
  page,
  desk,
  browser,
  deskStart,
}) => {
  await desk.openCases();
  await join(page, '前台 1');
  await expect(page.getByRole('table', { name: '值班台的工作站' })).toContainText('前台 1');
  await screen(page, 'team-sync-zh');

  const second = await secondWorkstation(browser, desk.start, deskStart);
  const page2 = second.page;
  await join(page2, '前台 2');
  await expect(page2.getByRole('table', { name: '值班台的工作站' })).toContainText('前台 1');

  // A handover written on 1 (a quiet desk: no open case yet) is waiting to be read back on 2; acknowledged there, it is seen so on 1.
  const handover = await api<{ id: string }>(page, 'handover.submit', {
    plans: [],
    casesNone: true,
    watch: [],
    watchNone: true,
    notes: '机房空调维修，明早 8 点前座机可能中断。',
    notesNone: false,
  });
  // The incoming agent, added on 1, signs in at 2: the team is the desk's, whichever keyboard.
  const wang = await api<{ id: string }>(page, 'agents.create', {
    name: '王芳',
    role: 'agent',
    languages: ['zh-CN'],
  });
  await expect
    .poll(async () => (await api<{ id: string }[]>(page2, 'agents.list', {})).map((a) => a.id), {
      timeout: 10_000,
    })
    .toContain(wang.id);
  await api(page2, 'duty.signIn', { agentId: wang.id });
  await page2.reload();
  await page2.getByRole('menuitem', { name: '交接班', exact: true }).click();
  await page2.getByRole('tab', { name: /待接收/ }).click();
  await expect(page2.getByRole('table', { name: /待接收/ })).toContainText('值班坐席');
  await api(page2, 'handover.acknowledge', { handoverId: handover.id });
  await expect
    .poll(async () => (await api<{ status: string }>(page, 'handover.get', { id: handover.id })).status, {
      timeout: 10_000,
    })
    .toBe('acknowledged');

  // A case logged on workstation 1 shows in workstation 2's open case list without a reload.
  await page2.getByRole('menuitem', { name: '案例', exact: true }).click();
  const customer = await createCustomer(page);
  const logged = await createCase(page, customer.id, { title: '跨工作站：全员邮件退信' });
  expect(logged.number).toMatch(/^SD-\d{4}-[A-Z]{2}-\d{6}$/);
  await expect(page2.getByText('跨工作站：全员邮件退信')).toBeVisible({ timeout: 5_000 });

  // The server goes away: workstation 2 says so, keeps working, and sends its note when it is back.
  cluster.pause();
  await api(page2, 'cases.addNote', { caseId: logged.id, body: '离线时记录：已联系客户 IT' });
  await expect(page2.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'offline', {
    timeout: 20_000,
  });
  await expect(page2.getByTestId('sync-indicator')).toHaveAccessibleName(/离线，[1-9]\d* 项更改待发送/);
  await page2.getByTestId('sync-indicator').click();
  await expect(page2.getByRole('table', { name: '待发送的更改' })).toContainText('案例时间线');
  await expect(page2.getByRole('alert').filter({ hasText: '无法连接服务器' })).toBeVisible();
  await screen(page2, 'team-sync-offline-zh');
  await api(page, 'cases.update', {
    caseId: logged.id,
    changes: { title: '跨工作站：全员邮件退信（已定位）' },
    from: { title: logged.title },
  });
  cluster.resume();
  await page.goto(page.url().replace(/#.*/, `#/cases/${logged.id}`));
  await page2.goto(page2.url().replace(/#.*/, `#/cases/${logged.id}`));
  for (const p of [page, page2]) {
    await expect(p.getByText('离线时记录：已联系客户 IT')).toBeVisible({ timeout: 30_000 });
    await expect(p.getByRole('heading', { name: /跨工作站：全员邮件退信（已定位）/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(p.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced', {
      timeout: 30_000,
    });
  }

  await api(page2, 'settings.update', { language: 'en' });
  await page2.goto(page2.url().replace(/#.*/, '#/sync'));
  await page2.reload();
  await expect(page2.getByRole('table', { name: "The desk's workstations" })).toContainText('前台 2');
  await screen(page2, 'team-sync-en');
  await second.close();
});
