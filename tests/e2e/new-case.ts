// Logging a case through the new-case drawer (N), as an agent on the phone does.
import type { Page } from '@playwright/test';
import { expect } from './desk';
import { choose } from './screens';

/** Who the case is for: what the agent types, the option picked, and a new customer's tenant. */
export interface CustomerPick {
  search: string;
  option: string;
  tenantDomain?: string;
}

/** Logs a severity-A performance case about Office 365 and waits for its page. */
export async function logSeverityACase(page: Page, title: string, customer: CustomerPick): Promise<void> {
  await page.keyboard.press('n');
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('客户', { exact: true }).fill(customer.search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: customer.option })
    .click();
  if (customer.tenantDomain) await drawer.getByLabel('租户域名').fill(customer.tenantDomain);
  await drawer.getByLabel('标题', { exact: true }).fill(title);
  await choose(page, '支持范围', '性能和服务可用性');
  await choose(page, '服务', 'Office 365');
  await choose(page, '严重级别', 'A 级（严重）');
  await drawer.getByLabel('标题', { exact: true }).press('Control+Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}
