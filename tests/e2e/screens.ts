import type { Page } from '@playwright/test';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', 'output', 'screenshots');

/** Saves what the agent sees, for a person to look at; the folder is git-ignored. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(dir, `${name}.png`), animations: 'disabled' });
}

/** Picks an option in an antd Select opened from its form label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}
