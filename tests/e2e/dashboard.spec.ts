import { createCase, createCustomer } from './arrange';
import { api, expect, test } from './desk';
import { screen } from './screens';
import { advance } from './sla-helpers';
import { QUIET_HANDOVER } from '../helpers/arranged-inputs';

// Monday 09:00 in Shanghai, on the host's injected clock.
const START = '2026-03-02T09:00:00+08:00';
test.use({ deskStart: START });

test('the Now page: who is on duty and next, open cases, clocks at risk, 21Vianet, handovers, gaps', async ({
  page,
  desk,
}) => {
  await desk.openCases();

  // The roster: the desk agent until 16:00 on Mondays, 李娜 from 16:00 to midnight; the rest is a gap.
  const [me] = await api<{ id: string; name: string }[]>(page, 'agents.list', {});
  const li = await api<{ id: string }>(page, 'agents.create', {
    name: '李娜',
    role: 'agent',
    languages: ['zh-CN'],
  });
  await api(page, 'roster.addShift', { weekday: 1, start: '08:00', end: '16:00', agentId: me!.id });
  await api(page, 'roster.addShift', { weekday: 1, start: '16:00', end: '24:00', agentId: li.id });
  // The night shift's handover, not yet read back.
  await api(page, 'handover.submit', QUIET_HANDOVER);

  const customer = await createCustomer(page, { name: '北京华信科技有限公司' });
  const open = (title: string, severity: 'A' | 'B' | 'C', service = 'azure') =>
    createCase(page, customer.id, { title, supportArea: 'performance_availability', service, severity });
  const a = await open('生产环境 SQL 数据库连接超时', 'A');
  await open('Teams 会议无法共享屏幕', 'C', 'office365');
  const waiting = await open('Azure 存储账户访问被拒绝', 'B');
  await api(page, 'cases.changeStatus', { caseId: waiting.id, from: 'new', to: 'waiting_21v' });
  await advance(page, 70);

  await page.getByRole('menuitem', { name: '当前', exact: true }).click();
  const duty = page.getByTestId('duty-card');
  await expect(duty).toContainText(new RegExp(`当前登录\\s*${me!.name}`));
  await expect(duty).toContainText(new RegExp(`排班在岗\\s*${me!.name}`));
  await expect(duty).toContainText(/下一班\s*李娜 · 16:00 开始/);
  await expect(page.getByTestId('open-card')).toContainText(/合计\s*3/);
  await expect(
    page.getByTestId('at-risk-card').getByRole('row', { name: new RegExp(a.number) }),
  ).toContainText('首次响应');
  await expect(
    page.getByTestId('waiting-card').getByRole('row', { name: new RegExp(waiting.number) }),
  ).toContainText('1 小时 10 分');
  await expect(page.getByTestId('handovers-card')).toContainText(`${me!.name} 于 2026-03-02 09:00 提交`);
  // Nobody is rostered from midnight to 08:00 on Tuesday (and every other day but Monday).
  await expect(page.getByTestId('gaps-card')).toContainText('3月3日 周二 00:00');
  await screen(page, 'dashboard-duty.zh-CN');

  // A count opens the list, most urgent first.
  await page
    .getByTestId('open-card')
    .getByRole('link', { name: /A 级（严重） 1/ })
    .click();
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.locator('.ant-table-row').first()).toContainText(a.number);

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Now', exact: true }).click();
  await expect(page.getByTestId('duty-card')).toContainText(/Next shift\s*李娜 · from 16:00/);
  await expect(page.getByTestId('handovers-card')).toContainText(`From ${me!.name} at 2026-03-02 09:00`);
  await screen(page, 'dashboard-duty.en');
});
