import { expect, type Page } from '@playwright/test';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', 'output', 'screenshots');

// Toasts fade on their own; in a still picture they only cover the screen being shown.
const HIDE_TOASTS = '.ant-message { display: none !important; }';

/** Saves what the agent sees, for a person to look at; the folder is git-ignored. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(dir, `${name}.png`), animations: 'disabled', style: HIDE_TOASTS });
}

/** Picks an option in an antd Select of the open dialog (drawer or modal), found by its form label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByRole('dialog').locator('.ant-form-item', {
    has: page.getByLabel(label, { exact: true }),
  });
  // A pick made while the drawer or a closing dropdown still animates can miss: the field is checked,
  // and the pick made again until it shows the option.
  await expect(async () => {
    await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 5_000 });
    await expect(field.locator('.ant-select-content, .ant-select-selector').first()).toContainText(option, {
      timeout: 2_000,
    });
  }).toPass({ timeout: 20_000 });
}
