import { z } from 'zod';
import { CHANNELS, LANGUAGES, type Channel, type Language } from './domain';
import { SHEET_FILTERS } from './support-sheet';
import { id, optionalText, requiredText, tenantDomain } from './validation';
import { reads, writes } from './operation';

export const newCustomerInput = z.object({
  name: requiredText(200),
  tenantDomain: z.union([tenantDomain, z.literal('')]).optional(),
  partnerCustomerId: optionalText(64).optional(),
});
export type NewCustomerInput = z.input<typeof newCustomerInput>;

/** A key of the service catalogue (`services.list`). */
export const serviceKey = z.string().trim().min(1, 'validation.choose').max(40, 'validation.tooLong');

/** Keyset cursor of the customer list, which is ordered by name (case-insensitive), then id. */
export const customerCursor = z.object({ name: z.string().max(200), id }).strict();
export type CustomerCursor = z.infer<typeof customerCursor>;

export const contactEmail = z
  .string()
  .trim()
  .max(254, 'validation.tooLong')
  .pipe(z.email('validation.invalid'));
/** Digits and the usual separators, with an optional extension ("ext 12", "转 12"). */
export const contactPhone = optionalText(40).regex(
  /^\+?[0-9()\-.\s]*((ext|x|转|分机)\.?\s*[0-9]+)?$/i,
  'validation.invalid',
);

const contactFields = {
  name: requiredText(100),
  email: z.union([contactEmail, z.literal('')]).optional(),
  phone: contactPhone.optional(),
  preferredChannel: z.enum(CHANNELS, { message: 'validation.choose' }).nullable().optional(),
  language: z.enum(LANGUAGES, { message: 'validation.choose' }).nullable().optional(),
};
export const contactsAddInput = z.object({ customerId: id, ...contactFields }).strict();
export type ContactInput = z.input<typeof contactsAddInput>;

export interface Customer {
  id: string;
  name: string;
  tenantDomain: string | null;
  partnerCustomerId: string | null;
  /** Holds an admin role: 21Vianet service requests may be submitted on its behalf. */
  adminRole: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface Contact {
  id: string;
  customerId: string;
  name: string;
  email: string | null;
  phone: string | null;
  preferredChannel: Channel | null;
  language: Language | null;
  createdAt: number;
}

export interface CustomerDetail extends Customer {
  /** Keys of the service catalogue, in catalogue order. */
  services: string[];
  contacts: Contact[];
  /** Holds a premium agreement with 21Vianet: escalations may ask for severity A. */
  premiumAgreement: boolean;
}

export interface CustomerListItem extends Customer {
  services: string[];
  contactCount: number;
  openCaseCount: number;
  /** The newest version of the support-process sheet the customer was sent; null: never sent. */
  sheetVersion: number | null;
}

export interface CustomerPage {
  items: CustomerListItem[];
  /** Pass back as `after` for the next page; null at the end. */
  next: CustomerCursor | null;
  /** How many customers match; on the first page only. */
  total: number | null;
  /** The support-process sheet template's version now, to tell an older version sent. */
  sheetTemplateVersion: number;
}

/** Customers: search, create, read, edit. Implemented by electron/services/customers.ts. */
export const customersOperations = {
  'customers.search': reads<Customer[]>()(
    z.object({
      query: optionalText(200).default(''),
      limit: z.number().int().min(1).max(50).default(20),
    }),
  ),
  'customers.create': writes<Customer>()(
    newCustomerInput.extend({
      adminRole: z.boolean().optional(),
      services: z.array(serviceKey).max(50).optional(),
    }),
  ),
  'customers.get': reads<CustomerDetail>()(z.object({ id })),
  'customers.list': reads<CustomerPage>()(
    z
      .object({
        /** Name, tenant domain, Partner Center id, or a contact's name, e-mail or phone. */
        query: optionalText(200).default(''),
        limit: z.number().int().min(1).max(200).default(100),
        after: customerCursor.optional(),
        /** Only the customers the support-process sheet is due to: never sent it, or sent an older version. */
        sheet: z.enum(SHEET_FILTERS).optional(),
      })
      .strict(),
  ),
  /** Only the fields given change; '' clears an optional field. */
  'customers.update': writes<CustomerDetail>()(
    z
      .object({
        id,
        name: requiredText(200).optional(),
        tenantDomain: z.union([tenantDomain, z.literal('')]).optional(),
        partnerCustomerId: optionalText(64).optional(),
        adminRole: z.boolean().optional(),
        /** The whole set of services resold to the customer. */
        services: z.array(serviceKey).max(50).optional(),
        /** Holds a premium agreement: may ask 21Vianet for severity A (escalations). */
        premiumAgreement: z.boolean().optional(),
      })
      .strict(),
  ),
};

/** A customer's contacts. Implemented by electron/services/contacts.ts. */
export const contactsOperations = {
  'contacts.add': writes<CustomerDetail>()(contactsAddInput),
  'contacts.update': writes<CustomerDetail>()(z.object({ id, ...contactFields }).strict()),
  'contacts.remove': writes<CustomerDetail>()(z.object({ id }).strict()),
};
