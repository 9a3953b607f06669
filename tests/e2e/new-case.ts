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

/** The drawer's field labels in one language. */
export interface NewCaseLabels {
  customer: string;
  tenant: string;
  title: string;
  area: string;
  service: string;
  severity: string;
}

export const ZH_NEW_CASE: NewCaseLabels = {
  customer: '客户',
  tenant: '租户域名',
  title: '标题',
  area: '支持范围',
  service: '服务',
  severity: '严重级别',
};

export const EN_NEW_CASE: NewCaseLabels = {
  customer: 'Customer',
  tenant: 'Tenant domain',
  title: 'Title',
  area: 'Support area',
  service: 'Service',
  severity: 'Severity',
};

/** What the agent enters: the customer, the title, and the options picked for area, service and severity. */
export interface NewCaseEntry {
  customer: CustomerPick;
  title: string;
  area: string;
  service: string;
  severity: string;
}

/** Fills the open new-case drawer field by field, as the agent does, without saving it. */
export async function fillNewCase(page: Page, l: NewCaseLabels, entry: NewCaseEntry): Promise<void> {
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel(l.customer, { exact: true }).fill(entry.customer.search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: entry.customer.option })
    .click();
  if (entry.customer.tenantDomain) await drawer.getByLabel(l.tenant).fill(entry.customer.tenantDomain);
  await drawer.getByLabel(l.title, { exact: true }).fill(entry.title);
  await choose(page, l.area, entry.area);
  await choose(page, l.service, entry.service);
  await choose(page, l.severity, entry.severity);
}

/** Logs a severity-A performance case about Office 365 and waits for its page. */
export async function logSeverityACase(page: Page, title: string, customer: CustomerPick): Promise<void> {
  await page.keyboard.press('n');
  await fillNewCase(page, ZH_NEW_CASE, {
    customer,
    title,
    area: '性能和服务可用性',
    service: 'Office 365',
    severity: 'A 级（严重）',
  });
  await page.getByRole('dialog').getByLabel('标题', { exact: true }).press('Control+Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}
