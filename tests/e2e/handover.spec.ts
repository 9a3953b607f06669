import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCase, createCustomer } from './arrange';
import { api, expect, openRoute, test } from './desk';
import { logSeverityACase } from './new-case';
import { screen } from './screens';

/** A second agent of the desk (the duty feature's own operations). */
async function addAgent(page: Page, name: string): Promise<string> {
  return (await api<{ id: string }>(page, 'agents.create', { name, role: 'agent', languages: ['zh-CN'] })).id;
}

/** The agent takes over the keyboard at this workstation (a switch: no handover gate). */
async function signIn(page: Page, agentId: string): Promise<void> {
  await api(page, 'duty.signIn', { agentId });
  await page.reload();
}

/** Picks an option of an antd Select found by its accessible name. */
async function select(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
}

const TITLE = '全员邮件无法发送';
const NEXT_ACTION = '联系客户 IT 确认连接器证书已更新，并测试外发邮件';
const IF = '17:00 前外发邮件仍失败';
const THEN = '升级给值班主管并向世纪互联提交服务请求';
const NOTES = '机房空调维修，明早 8 点前座机可能中断，请用手机联系客户。';

/** Logs a severity-A case for a new customer through the new-case drawer, as agent 1 does at the desk. */
const logSeverityA = (page: Page) =>
  logSeverityACase(page, TITLE, {
    search: '上海明远贸易',
    option: '新建客户“上海明远贸易”',
    tenantDomain: 'mingyuan.partner.onmschina.cn',
  });

const planRow = (page: Page) => page.getByTestId('plan-row').filter({ hasText: TITLE });

/** Picks a preset of the deadline picker ("2 小时后"). */
async function pickDeadline(page: Page, label: RegExp, preset: string) {
  await page.getByLabel(label).click();
  await page.locator('.ant-picker-dropdown:visible .ant-picker-presets li', { hasText: preset }).click();
}

/** The print stylesheet, as Chromium applies it; a PDF of it where the browser can make one. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ant-layout-sider')).toBeHidden();
  await screen(page, name);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-pdf-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', landscape: true, preferCSSPageSize: true });
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  // The first page as an image, to look at, where poppler's pdftoppm is installed.
  if (['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some((p) => existsSync(p))) {
    const prefix = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    renameSync(
      `${prefix}.png`,
      path.resolve(import.meta.dirname, '..', 'output', 'screenshots', `${name}.pdf.png`),
    );
  }
  await page.emulateMedia({ media: 'screen' });
}

test('agent 1 hands over a severity-A case, agent 2 reads it back; both times survive a restart; the handover moves to another workstation', async ({
  page,
  desk,
}) => {
  const host = await desk.open();
  await expect(page.getByRole('banner').getByText('当前坐席：值班坐席')).toBeVisible();
  const zhang = await addAgent(page, '张敏');
  await logSeverityA(page);

  await page.getByRole('menuitem', { name: '交接班', exact: true }).click();
  await expect(planRow(page)).toContainText('A 级（严重）');
  await expect(planRow(page)).toContainText('剩余');

  // Submitting at once shows what is missing, next to each section.
  await page.getByRole('button', { name: '提交交接' }).click();
  await expect(page.getByText(/交接尚不完整/)).toBeVisible();
  await expect(planRow(page).getByText('请填写下一步行动')).toBeVisible();
  await expect(page.getByTestId('section-watch').getByText('请填写内容，或明确勾选“无”')).toBeVisible();
  await expect(page.getByTestId('section-notes').getByText('请填写内容，或明确勾选“无”')).toBeVisible();
  await screen(page, 'handover-compose-errors.zh-CN');

  const number = /SD-\d{4}-\d{6}/.exec((await planRow(page).textContent())!)![0];
  await page.getByLabel(`${number} 的下一步行动`).fill(NEXT_ACTION);
  await select(page, `${number} 的负责人`, '张敏');
  await pickDeadline(page, new RegExp(`${number} 的截止时间`), '2 小时后');
  await page.getByLabel(`${number} 的应急条件（如果）`).fill(IF);
  await page.getByLabel(`${number} 的应急措施（则）`).fill(THEN);
  await page.getByTestId('section-watch').getByText('无关注事项').click();
  await page.getByLabel('备注', { exact: true }).fill(NOTES);
  await expect(page.getByTestId('section-cases')).toContainText('已完成');
  await expect(page.getByTestId('section-watch')).toContainText('已完成');
  await screen(page, 'handover-compose.zh-CN');
  await page.getByRole('button', { name: '提交交接' }).click();
  await expect(page.getByText('这是您提交的交接，正等待接班坐席复述确认。')).toBeVisible();
  const handoverUrl = page.url();

  // Agent 2 takes over the keyboard, reads the handover back and acknowledges it.
  await signIn(page, zhang);
  await expect(page.getByRole('banner').getByText('当前坐席：张敏')).toBeVisible();
  await page.getByRole('menuitem', { name: '交接班', exact: true }).click();
  await page.getByRole('tab', { name: /待接收/ }).click();
  await page.getByRole('button', { name: '复述并接收' }).click();
  await expect(page.getByText('请复述确认后接收')).toBeVisible();
  const acknowledge = page.getByRole('button', { name: '确认接收' });
  await expect(acknowledge).toBeDisabled();
  await expect(page.getByText(NEXT_ACTION)).toBeVisible();
  await expect(page.getByText(`如果${IF}，则${THEN}`)).toBeVisible();
  await screen(page, 'handover-incoming.zh-CN');
  await page.getByLabel(`复述确认 ${number}`).click();
  await expect(page.getByTestId('handover-item').filter({ hasText: number })).toContainText('张敏 已确认');
  await acknowledge.click();
  await expect(page.getByText('已确认接收交接')).toBeVisible();
  await expect(page.getByTestId('handover-t2')).not.toHaveText('尚未确认');
  await screen(page, 'handover-acknowledged.zh-CN');

  // After a restart of the host on the same case log, both times are there.
  await desk.restart(host);
  await expect(page.getByRole('banner').getByText('当前坐席：张敏')).toBeVisible();
  await openRoute(page, `handover/${handoverUrl.split('#/handover/')[1]}`);
  await expect(page.getByTestId('handover-t1')).toHaveText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(page.getByTestId('handover-t2')).toHaveText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(page.getByText(/张敏 于 .* 确认接收本次交接/)).toBeVisible();
  const t1 = await page.getByTestId('handover-t1').textContent();
  const t2 = await page.getByTestId('handover-t2').textContent();

  await printed(page, 'handover-print.zh-CN');

  // History finds it by what was written in it.
  await page.getByRole('menuitem', { name: '交接班', exact: true }).click();
  await page.getByRole('tab', { name: '交接历史' }).click();
  await page.getByLabel('搜索交接历史').fill('空调维修');
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.locator('mark', { hasText: '空调维修' })).toBeVisible();
  await screen(page, 'handover-history.zh-CN');

  // Export the handover file, and import it on a second workstation with a fresh case log.
  await page.locator('.ant-table-row').first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出交接文件' }).click();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-handover-')), 'handover.json');
  await (await download).saveAs(file);

  await desk.open();
  await page.getByRole('menuitem', { name: '交接班', exact: true }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('交接文件已导入')).toBeVisible();
  await expect(dialog).toContainText('新增 1，更新 0');
  await expect(dialog.getByRole('button', { name: '打开交接' })).toBeVisible();
  await screen(page, 'handover-imported.zh-CN');
  await dialog.getByRole('button', { name: '打开交接' }).click();
  await expect(page.getByTestId('handover-t1')).toHaveText(t1!);
  await expect(page.getByTestId('handover-t2')).toHaveText(t2!);
  await expect(page.getByText(NEXT_ACTION)).toBeVisible();

  // Importing the same file again adds nothing; the case and its timeline are in this case log now.
  await page.getByRole('menuitem', { name: '交接班', exact: true }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('dialog')).toContainText('新增 0，更新 0');
  await expect(page.getByRole('dialog')).toContainText('本机已有');
  await page.keyboard.press('Escape');

  // Retitled here meanwhile: the file's copy differs now; the dialog names the case and the field, and
  // this workstation's title stays.
  const [here] = (
    await api<{ items: { id: string; number: string; title: string }[] }>(page, 'cases.search', {
      query: TITLE,
    })
  ).items;
  const retitled = `${TITLE}（本机已更新）`;
  await api(page, 'cases.update', {
    caseId: here!.id,
    changes: { title: retitled },
    from: { title: here!.title },
  });
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('dialog')).toContainText(`${here!.number}: 标题`);
  await expect(page.getByRole('dialog')).toContainText('已保留本机的内容');
  await screen(page, 'handover-import-differing.zh-CN');
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: '案例', exact: true }).click();
  await expect(page.locator('.ant-table-row', { hasText: retitled })).toHaveCount(1);

  // A damaged file is refused, and says so.
  const damaged = file.replace('.json', '-damaged.json');
  execFileSync('sh', ['-c', `sed 's/${NEXT_ACTION.slice(0, 6)}/已篡改内容/' '${file}' > '${damaged}'`]);
  await page.getByRole('menuitem', { name: '交接班', exact: true }).click();
  await page.locator('input[type=file]').setInputFiles(damaged);
  await expect(page.getByText('校验和不符：文件已损坏或被修改，未导入任何内容。')).toBeVisible();
});

test('the handover in English: composing, reading back, printing', async ({ page, desk }) => {
  await desk.open();
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  const customer = await createCustomer(page, { name: 'Contoso China' });
  const make = (title: string, severity: 'A' | 'B' | 'C') =>
    createCase(page, customer.id, { title, severity });
  const zhang = await addAgent(page, 'Zhang Min');
  const a = await make('Mail flow stopped for all users', 'A');
  const c = await make('Teams meeting recording permissions', 'C');

  await page.getByRole('menuitem', { name: 'Handover', exact: true }).click();
  for (const [item, action] of [
    [a, 'Confirm the connector certificate was renewed; test outbound mail'],
    [c, 'Send the how-to article on recording policies'],
  ] as const) {
    await page.getByLabel(`Next action for ${item.number}`).fill(action);
    await select(page, `Owner for ${item.number}`, 'Zhang Min');
    await pickDeadline(page, new RegExp(`Deadline for ${item.number}`), 'In 4 h');
  }
  await page
    .getByLabel(`Contingency condition (if) for ${a.number}`)
    .fill('outbound mail still fails at 17:00');
  await page
    .getByLabel(`Contingency action (then) for ${a.number}`)
    .fill('escalate to the duty lead and 21Vianet');
  await page.getByRole('button', { name: 'Add watch item' }).click();
  await page
    .getByLabel('Watch item 1', { exact: true })
    .fill("Watch 21Vianet's Exchange Online notices for the North 2 region");
  await page.getByTestId('section-notes').getByText('No notes').click();
  await expect(page.getByTestId('section-notes')).toContainText('Complete');
  await screen(page, 'handover-compose.en');
  await page.getByRole('button', { name: 'Submit handover' }).click();
  await expect(page.getByText('You submitted this handover')).toBeVisible();

  await signIn(page, zhang);
  await page.getByRole('menuitem', { name: 'Handover', exact: true }).click();
  await page.getByRole('tab', { name: /To read back/ }).click();
  await page.getByRole('button', { name: 'Read back' }).click();
  await expect(page.getByRole('button', { name: 'Acknowledge' })).toBeDisabled();
  await expect(page.getByText('Severity-A cases still to confirm: 1')).toBeVisible();
  await screen(page, 'handover-incoming.en');
  await page.getByLabel(`Confirm read-back of ${a.number}`).click();
  await page.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(page.getByText('Handover acknowledged')).toBeVisible();
  await expect(page.getByText(/Acknowledged by Zhang Min at/)).toBeVisible();
  await printed(page, 'handover-print.en');
});
