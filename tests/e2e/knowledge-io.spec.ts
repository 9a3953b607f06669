// The knowledge base out as Markdown files and back in (with one edit, a new file and a bad one), and
// articles written from what the desk keeps escalating, on the demo desk; in Chinese and in English.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkAccessibility } from './axe';
import { api, expect, openRoute, settled, switchToEnglish, test } from './desk';
import { screen } from './screens';
import { settledScreen } from './settled-screen';
import { BILLING, OUTLOOK } from '../helpers/knowledge-articles';

interface Words {
  language: 'zh-CN' | 'en';
  table: string;
  exportButton: string;
  importButton: string;
  exported: string;
  preview: string;
  summary: string;
  added: string;
  updated: string;
  unchanged: string;
  refused: string;
  refusal: string;
  cancel: string;
  confirm: string;
  done: string;
  count: string;
  history: string;
  write: RegExp;
  writeOne: string;
  editor: string;
  save: string;
  cases: string;
}

const ZH: Words = {
  language: 'zh-CN',
  table: '知识库',
  exportButton: '导出',
  importButton: '导入',
  exported: '已导出 3 个 Markdown 文件',
  preview: '导入预览',
  summary: '新增 1 篇，更新 1 篇，1 篇不变，拒绝 1 个文件',
  added: '新增（1）',
  updated: '更新（1）',
  unchanged: '不变（1）',
  refused: '拒绝（1）',
  refusal: '第 3 行：未知的类型：poem',
  cancel: '取消',
  confirm: '确认导入',
  done: '已导入：新增 1 篇，更新 1 篇',
  count: '共 3 篇文章',
  history: '修订历史',
  write: /^为「.+」写一篇文章$/,
  writeOne: '写一篇文章',
  editor: '写文章',
  save: '保存',
  cases: '相关案例：',
};
const EN: Words = {
  language: 'en',
  table: 'Knowledge base',
  exportButton: 'Export',
  importButton: 'Import',
  exported: 'Exported 3 Markdown files',
  preview: 'Import preview',
  summary: '1 to add, 1 to update, 1 unchanged, 1 file refused',
  added: 'Added (1)',
  updated: 'Updated (1)',
  unchanged: 'Unchanged (1)',
  refused: 'Refused (1)',
  refusal: 'line 3: Unknown kind poem',
  cancel: 'Cancel',
  confirm: 'Import these',
  done: 'Imported: 1 added, 1 updated',
  count: '3 articles',
  history: 'History',
  write: /^Write an article about “.+”$/,
  writeOne: 'Write an article',
  editor: 'Write an article',
  save: 'Save',
  cases: 'Cases:',
};

const NEW_FILE = (kind: string) => `---
language: en
kind: ${kind}
audience: internal
area: performance_availability
service: null
tags: [night]
status: draft
title: Night shift checks
---

Look at the queue.
`;

async function inLanguage(page: Page, w: Words) {
  if (w.language === 'zh-CN') return;
  await switchToEnglish(page);
}

/** Clicks Export and keeps each file the page downloads, by name. */
async function exportFiles(page: Page, w: Words, count: number, dir: string) {
  const saved: string[] = [];
  const all = new Promise<void>((resolve) => {
    page.on('download', (d) => {
      const file = path.join(dir, d.suggestedFilename());
      void d.saveAs(file).then(() => {
        saved.push(file);
        if (saved.length === count) resolve();
      });
    });
  });
  await page.getByRole('button', { name: w.exportButton, exact: true }).click();
  // The toast shows for three seconds from the last file handed over, while the test may still be saving
  // the files it took: both are awaited together, so a slow save cannot outlast the toast.
  await Promise.all([all, expect(page.getByText(w.exported)).toBeVisible()]);
  // The toast fades by itself; colours are measured once it has gone.
  await expect(page.getByText(w.exported)).toBeHidden();
  page.removeAllListeners('download');
  return saved;
}

async function chooseFiles(page: Page, w: Words, files: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: w.importButton, exact: true }).click();
  await (await chooser).setFiles(files);
}

async function roundTrip(page: Page, w: Words) {
  const outlook = await api<{ id: string }>(page, 'articles.save', OUTLOOK);
  await api(page, 'articles.save', BILLING);
  await openRoute(page, 'knowledge');
  await inLanguage(page, w);
  await settled(page.getByRole('table', { name: w.table }));

  const dir = path.join(os.tmpdir(), `shiftdesk-kb-${w.language}-${process.pid}-${outlook.id.slice(-6)}`);
  await mkdir(dir, { recursive: true });
  const files = await exportFiles(page, w, 3, dir);
  expect(files.map((f) => path.basename(f)).sort()).toContain(`${outlook.id}.en.md`);
  // One edit in the English version, a file for a new article, and one that is refused.
  const en = path.join(dir, `${outlook.id}.en.md`);
  await writeFile(
    en,
    (await readFile(en, 'utf8')).replace('1. Open **Settings**', '1. Open **Settings**\n2. Reset'),
  );
  await writeFile(path.join(dir, 'night.md'), NEW_FILE('runbook'));
  await writeFile(path.join(dir, 'poem.md'), NEW_FILE('poem'));
  const chosen = [...files, path.join(dir, 'night.md'), path.join(dir, 'poem.md')];

  await chooseFiles(page, w, chosen);
  const dialog = page.getByRole('dialog', { name: w.preview });
  await expect(dialog.getByTestId('import-summary')).toHaveText(w.summary);
  await expect(dialog.getByTestId('import-added')).toHaveText(w.added);
  await expect(dialog.getByTestId('import-updated')).toHaveText(w.updated);
  await expect(dialog.getByTestId('import-unchanged')).toHaveText(w.unchanged);
  await expect(dialog.getByTestId('import-refused')).toHaveText(w.refused);
  await expect(dialog.getByText(w.refusal)).toBeVisible();
  await page.mouse.move(0, 0);
  await settledScreen(page);
  await checkAccessibility(page, `import preview (${w.language})`);
  await screen(page, `knowledge-import-preview.${w.language}`);
  // Cancelled: nothing is written.
  await dialog.getByRole('button', { name: w.cancel }).click();
  await expect(dialog).toBeHidden();
  expect(await api<unknown[]>(page, 'articles.history', { id: outlook.id })).toHaveLength(1);

  await chooseFiles(page, w, chosen);
  await expect(dialog.getByTestId('import-summary')).toHaveText(w.summary);
  // Clicked once the dialog has arrived: a click while it is still zooming in can land beside the button.
  await settledScreen(page);
  await dialog.getByRole('button', { name: w.confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.done)).toBeVisible();
  await expect(page.getByText(w.done)).toBeHidden();
  await expect(page.getByTestId('article-count')).toHaveText(w.count);
  await settledScreen(page);
  await checkAccessibility(page, `knowledge page with export and import (${w.language})`);
  await screen(page, `knowledge-io-page.${w.language}`);

  await openRoute(page, `knowledge/${outlook.id}`);
  await expect(page.locator('[data-revision]')).toHaveAttribute('data-revision', '2');
}

/** On the demo desk's escalation report: an article about the first repeated topic, linking its cases. */
async function articleFromTopic(page: Page, w: Words) {
  await openRoute(page, 'reports/escalations');
  await expect(page.getByTestId('escalation-report')).toBeVisible();
  const write = page.getByRole('button', { name: w.write }).first();
  await write.scrollIntoViewIfNeeded();
  await write.click();
  const editor = page.getByRole('dialog', { name: w.editor });
  const body = w.language === 'en' ? 'English body (Markdown)' : '中文正文（Markdown）';
  const title = w.language === 'en' ? 'English title' : '中文标题';
  if (w.language === 'en') await editor.getByRole('tab', { name: 'English' }).click();
  await expect(editor.getByLabel(body)).toHaveValue(new RegExp(`^${w.cases}\\n\\n- \\[SD-`));
  await expect(editor.getByLabel(title)).not.toHaveValue('');
  // The check waits for the dialog to finish moving in; the picture is taken after it.
  // Colours at rest: the pointer off the button it clicked (which the dialog now covers), the dialog arrived.
  await page.mouse.move(0, 0);
  await settledScreen(page);
  await checkAccessibility(page, `article from a repeated topic (${w.language})`);
  await screen(page, `knowledge-from-topic.${w.language}`);
  await editor.getByRole('button', { name: w.save }).click();
  await expect(editor).toBeHidden();
  await expect(page.locator('[data-revision]')).toHaveAttribute('data-revision', '1');
  // The article links each case in the app: following one opens its page.
  const link = page.locator('.sd-markdown a[href^="#/cases/"]').first();
  const number = (await link.textContent()) ?? '';
  expect(number).toMatch(/^SD-\d{4}-\d{6}$/);
  await link.click();
  await expect(page.getByText(number, { exact: true }).first()).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\//);
}

/** An escalation for missing documentation with 21Vianet's solution recorded offers an article too. */
async function articleFromSolution(page: Page, w: Words) {
  const list = await api<
    { caseId: string; caseTitle: string; status: string; reasons: { reason: string }[] }[]
  >(page, 'escalations.list', { filter: 'all' });
  const solved = list.find(
    (e) => e.status === 'solution_given' && e.reasons.some((r) => r.reason === 'documentation'),
  );
  expect(solved).toBeDefined();
  await openRoute(page, `cases/${solved!.caseId}`);
  const card = page.getByTestId('case-escalations');
  const write = card.getByRole('button', { name: w.writeOne, exact: true });
  await write.scrollIntoViewIfNeeded();
  await screen(page, `knowledge-escalation-card.${w.language}`);
  await write.click();
  const editor = page.getByRole('dialog', { name: w.editor });
  const title = w.language === 'en' ? 'English title' : '中文标题';
  const body = w.language === 'en' ? 'English body (Markdown)' : '中文正文（Markdown）';
  if (w.language === 'en') await editor.getByRole('tab', { name: 'English' }).click();
  await expect(editor.getByLabel(title)).toHaveValue(solved!.caseTitle);
  await expect(editor.getByLabel(body)).toHaveValue(/条件访问策略/);
  // Colours at rest: the pointer off the button it clicked (which the dialog now covers), the dialog arrived.
  await page.mouse.move(0, 0);
  await settledScreen(page);
  await checkAccessibility(page, `article from an escalation's solution (${w.language})`);
  await screen(page, `knowledge-from-solution.${w.language}`);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
}

for (const w of [ZH, EN]) {
  test(`the knowledge base goes out as Markdown files and comes back merged by id (${w.language})`, async ({
    page,
    desk,
  }) => {
    await desk.openCases();
    await roundTrip(page, w);
  });

  test(`an article is written from escalations on the demo desk (${w.language})`, async ({ page, desk }) => {
    test.setTimeout(90_000);
    await desk.openCases({ demo: true });
    // Colours are measured at rest: no field is caught halfway through its hover transition.
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
    await inLanguage(page, w);
    await articleFromTopic(page, w);
    await articleFromSolution(page, w);
  });
}
