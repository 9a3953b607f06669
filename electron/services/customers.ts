import type { ParsedInputOf } from '../../core/api';
import type { Customer, CustomerDetail, CustomerPage, customersOperations } from '../../core/customers';
import { uuidv7 } from '../../db/ids';
import { listContacts } from '../../db/queries/contacts';
import { customerPremium, setCustomerPremium } from '../../db/queries/escalations';
import {
  countCustomers,
  findCustomerByPartnerId,
  findCustomerByTenant,
  getCustomer,
  insertCustomer,
  listCustomers,
  searchCustomers,
  updateCustomer,
} from '../../db/queries/customers';
import {
  addCustomerService,
  customerServices,
  removeCustomerService,
  serviceExists,
} from '../../db/queries/services';
import { readSheetTemplate } from '../../db/queries/support-sheet';
import type { ServiceContext } from './context';
import { invalidField, orNotFound } from './errors';
import type { Handlers } from './handlers';

type NewCustomer = ParsedInputOf<'customers.create'>;

/** `issuePath` prefixes field issues when the customer is created as part of a larger input. */
export function createCustomer(ctx: ServiceContext, input: NewCustomer, issuePath = ''): Customer {
  const tenantDomain = input.tenantDomain || null;
  const partnerCustomerId = input.partnerCustomerId || null;
  assertKeysFree(ctx, { tenantDomain, partnerCustomerId }, null, issuePath);
  assertServicesKnown(ctx, input.services ?? [], issuePath);
  const now = ctx.now();
  const customer: Customer = {
    id: uuidv7(now),
    name: input.name,
    tenantDomain,
    partnerCustomerId,
    adminRole: input.adminRole ?? false,
    createdAt: now,
    updatedAt: now,
  };
  insertCustomer(ctx.db, customer);
  for (const key of input.services ?? []) addCustomerService(ctx.db, customer.id, key);
  return customer;
}

export function findCustomers(ctx: ServiceContext, input: ParsedInputOf<'customers.search'>): Customer[] {
  return searchCustomers(ctx.db, input.query, input.limit);
}

export function customerPage(ctx: ServiceContext, input: ParsedInputOf<'customers.list'>): CustomerPage {
  // One extra row tells whether another page exists without a second query.
  const rows = listCustomers(ctx.db, {
    query: input.query,
    limit: input.limit + 1,
    after: input.after,
    sheet: input.sheet,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > input.limit && last ? { name: last.name, id: last.id } : null,
    total: input.after ? null : countCustomers(ctx.db, input.query, input.sheet),
    sheetTemplateVersion: readSheetTemplate(ctx.db).version,
  };
}

export function customerById(ctx: ServiceContext, input: ParsedInputOf<'customers.get'>): CustomerDetail {
  const customer = orNotFound(getCustomer(ctx.db, input.id), 'customer', input.id);
  return {
    ...customer,
    services: customerServices(ctx.db, customer.id),
    contacts: listContacts(ctx.db, customer.id),
    premiumAgreement: customerPremium(ctx.db, customer.id),
  };
}

export function editCustomer(ctx: ServiceContext, input: ParsedInputOf<'customers.update'>): CustomerDetail {
  ctx.db
    .transaction(() => {
      const current = orNotFound(getCustomer(ctx.db, input.id), 'customer', input.id);
      const next: Customer = {
        ...current,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.tenantDomain !== undefined ? { tenantDomain: input.tenantDomain || null } : {}),
        ...(input.partnerCustomerId !== undefined
          ? { partnerCustomerId: input.partnerCustomerId || null }
          : {}),
        ...(input.adminRole !== undefined ? { adminRole: input.adminRole } : {}),
        updatedAt: Math.max(ctx.now(), current.updatedAt),
      };
      assertKeysFree(ctx, next, current.id);
      updateCustomer(ctx.db, next);
      if (input.premiumAgreement !== undefined) {
        setCustomerPremium(ctx.db, current.id, input.premiumAgreement, next.updatedAt);
      }
      if (input.services) {
        assertServicesKnown(ctx, input.services);
        const wanted = new Set(input.services);
        for (const key of customerServices(ctx.db, current.id)) {
          if (!wanted.has(key)) removeCustomerService(ctx.db, current.id, key);
        }
        for (const key of wanted) addCustomerService(ctx.db, current.id, key);
      }
    })
    .immediate();
  return customerById(ctx, { id: input.id });
}

/** Tenant domains and Partner Center ids each name one customer. */
function assertKeysFree(
  ctx: ServiceContext,
  keys: Pick<Customer, 'tenantDomain' | 'partnerCustomerId'>,
  selfId: string | null,
  issuePath = '',
): void {
  const byTenant = keys.tenantDomain ? findCustomerByTenant(ctx.db, keys.tenantDomain) : undefined;
  if (byTenant && byTenant.id !== selfId) {
    throw invalidField(
      `${issuePath}tenantDomain`,
      'validation.tenantTaken',
      `a customer with tenant domain ${keys.tenantDomain} already exists`,
    );
  }
  const byPartner = keys.partnerCustomerId
    ? findCustomerByPartnerId(ctx.db, keys.partnerCustomerId)
    : undefined;
  if (byPartner && byPartner.id !== selfId) {
    throw invalidField(
      `${issuePath}partnerCustomerId`,
      'customerIssues.partnerIdTaken',
      `a customer with Partner Center id ${keys.partnerCustomerId} already exists`,
    );
  }
}

function assertServicesKnown(ctx: ServiceContext, keys: readonly string[], issuePath = ''): void {
  const unknown = keys.find((key) => !serviceExists(ctx.db, key));
  if (unknown) throw invalidField(`${issuePath}services`, 'validation.choose', `unknown service ${unknown}`);
}

/** The operations of core/customers.ts (`customersOperations`), bound to the functions above. */
export const customersHandlers: Handlers<typeof customersOperations> = {
  'customers.search': findCustomers,
  'customers.create': createCustomer,
  'customers.get': customerById,
  'customers.list': customerPage,
  'customers.update': editCustomer,
};
