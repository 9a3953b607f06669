// Backups from the agent's side: choosing the folder, backing up now, previewing and restoring a backup;
// starting on a damaged case log; and a second host refused on a case log already open.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnHost } from '../../scripts/browser-mode/host-process';
import { createCase, createCustomer } from './arrange';
import { api, expect, post, settled, test } from './desk';
import { screen } from './screens';

const root = path.resolve(import.meta.dirname, '..', '..');
const HOUR_MS = 3_600_000;

test('an agent backs up to a folder of their choice, previews a backup and restores it', async ({
  page,
  desk,
}) => {
  await desk.openCases();
  await page.getByRole('menuitem', { name: /备份/ }).click();
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();

  // Another folder (in the desk's case another disk or share): empty at first.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-e2e-backups-'));
  await page.getByLabel('备份文件夹路径').fill(folder);
  await page.getByRole('button', { name: '保存文件夹' }).click();
  const list = page.getByRole('region', { name: '已有备份' });
  await expect(list.getByText('还没有备份。点击“立即备份”创建第一份。')).toBeVisible();
  await settled(list);
  await screen(page, 'backups-empty-zh');

  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已备份并通过完整性检查' })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(2); // the header and one backup

  // An hour later, work after the first backup, then a second backup. The work is in the next hour: of
  // each hour only the newest backup is kept, so a backup taken on its own in the first hour after the
  // case was written would have replaced the empty one.
  await post(page, '/test/clock', { advanceMs: HOUR_MS });
  const customer = await createCustomer(page);
  await createCase(page, customer.id, { title: '备份之后登记的案例' });
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: '立即备份' })).toBeEnabled();
  await screen(page, 'backups-zh');

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Backups and recovery' })).toBeVisible();
  await expect(page.getByText('2 backups', { exact: true })).toBeVisible();
  await screen(page, 'backups-en');

  // The older backup holds no case; restoring it after the preview takes the case log back to it.
  const older = page.getByRole('button', { name: /^Restore the backup of / }).last();
  await older.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Passed')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Cases\s*0/ })).toBeVisible();
  await screen(page, 'backups-restore-en');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  // The page starts again on the restored case log, whose language was still Chinese when it was backed up.
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已恢复。恢复前的内容已另存为' })).toBeVisible();
  await expect.poll(() => api<{ total: number }>(page, 'cases.count', {})).toEqual({ total: 0 });
});

test('a damaged case log opens on the recovery screen, which restores the latest good backup', async ({
  page,
  desk,
}) => {
  const first = await desk.open();
  await expect(page.getByRole('heading', { name: '案例' })).toBeVisible();
  const customer = await createCustomer(page);
  await createCase(page, customer.id, { title: '损坏之前登记的案例' });
  // The backup taken at start has ended (it holds no case); an hour later, one that holds the case.
  const idle = async () => (await api<{ running: unknown }>(page, 'backups.list', {})).running;
  await expect.poll(idle).toBeNull();
  await post(page, '/test/clock', { advanceMs: HOUR_MS });
  await api(page, 'backups.run', {});
  await expect.poll(idle).toBeNull();
  await desk.stop(first);
  writeFileSync(first.db, Buffer.alloc(8192, 0x41));

  await desk.open({ db: first.db });
  await expect(page.getByRole('heading', { name: '案例日志已损坏' })).toBeVisible();
  await expect(page.getByRole('row', { name: '完整性检查 通过' })).toBeVisible();
  await expect(page.getByRole('row', { name: '案例 1' })).toBeVisible();
  await screen(page, 'recovery-zh');
  await page.getByRole('main').getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The case log is damaged' })).toBeVisible();
  await screen(page, 'recovery-en');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { name: '案例' })).toBeVisible();
  await expect(page.getByText('损坏之前登记的案例')).toBeVisible();
});

test('a second host on a case log already open is refused with a clear message', async ({ desk }) => {
  const { db } = await desk.start();
  const second = spawnHost(root, db, [], 60_000);
  await expect(second).rejects.toThrow(/already open in another ShiftDesk.*已在另一个 ShiftDesk 中打开/s);
});
