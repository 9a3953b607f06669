// What journeys arrange through the API before the agent's part starts: the usual customer and its cases.
import type { Page } from '@playwright/test';
import type { CaseDetail, CasesCreateInput } from '../../core/cases';
import { outlookCase } from '../helpers/arranged-inputs';
import { api } from './desk';

/** The customer most journeys serve, with its 21Vianet tenant. */
const MINGYUAN = { name: '上海明远贸易有限公司', tenantDomain: 'mingyuan.partner.onmschina.cn' };

export const createCustomer = (
  page: Page,
  input: { name: string; tenantDomain?: string; adminRole?: boolean } = MINGYUAN,
) => api<{ id: string }>(page, 'customers.create', input);

/** A case of the customer: an Outlook sign-in problem reported by phone, unless `fields` say otherwise. */
export const createCase = (
  page: Page,
  customerId: string,
  fields: Partial<Omit<CasesCreateInput, 'customer'>> = {},
) => api<CaseDetail>(page, 'cases.create', outlookCase(customerId, fields.title, fields));
