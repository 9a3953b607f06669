import { z } from 'zod';
import { requiredText } from './validation';
import { noInput, reads, writes } from './operation';

/** A service the desk resells (Office 365, Azure, … and any the desk adds), named in both languages. */
export interface CatalogueService {
  key: string;
  nameZh: string;
  nameEn: string;
  builtin: boolean;
}

/** The key is made from the English name. */
export const servicesAddInput = z
  .object({
    nameZh: requiredText(60),
    nameEn: requiredText(60),
  })
  .strict();
export type ServicesAddInput = z.input<typeof servicesAddInput>;

/** The catalogue of services the desk resells. Implemented by electron/services/service-catalogue.ts. */
export const serviceCatalogueOperations = {
  'services.list': reads<CatalogueService[]>()(noInput),
  'services.add': writes<CatalogueService>()(servicesAddInput),
};
