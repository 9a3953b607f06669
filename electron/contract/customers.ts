import { z } from 'zod';
import { id, optionalText, requiredText, tenantDomain } from './validation';

export const newCustomerInput = z.object({
  name: requiredText(200),
  tenantDomain: z.union([tenantDomain, z.literal('')]).optional(),
  partnerCustomerId: optionalText(64).optional(),
});
export type NewCustomerInput = z.input<typeof newCustomerInput>;

export const customersCreateInput = newCustomerInput;
export const customersSearchInput = z.object({
  query: optionalText(200).default(''),
  limit: z.number().int().min(1).max(50).default(20),
});
export const customersGetInput = z.object({ id });

export interface Customer {
  id: string;
  name: string;
  tenantDomain: string | null;
  partnerCustomerId: string | null;
  createdAt: number;
  updatedAt: number;
}
