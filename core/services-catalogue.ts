import { z } from 'zod';
import { requiredText } from './validation';

/** A service the desk resells (Office 365, Azure, … and any the desk adds), named in both languages. */
export interface CatalogueService {
  key: string;
  nameZh: string;
  nameEn: string;
  builtin: boolean;
}

export const servicesListInput = z.object({}).strict();

/** The key is made from the English name. */
export const servicesAddInput = z
  .object({
    nameZh: requiredText(60),
    nameEn: requiredText(60),
  })
  .strict();
export type ServicesAddInput = z.input<typeof servicesAddInput>;
