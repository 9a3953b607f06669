import type { ParsedInputOf } from '../contract/api';
import type { Customer } from '../contract/customers';
import { uuidv7 } from '../../db/ids';
import {
  findCustomerByTenant,
  getCustomer,
  insertCustomer,
  searchCustomers,
} from '../../db/queries/customers';
import type { ServiceContext } from './context';
import { invalidField, notFound } from './errors';

type NewCustomer = ParsedInputOf<'customers.create'>;

/** `issuePath` prefixes field issues when the customer is created as part of a larger input. */
export function createCustomer(ctx: ServiceContext, input: NewCustomer, issuePath = ''): Customer {
  const tenantDomain = input.tenantDomain || null;
  if (tenantDomain && findCustomerByTenant(ctx.db, tenantDomain)) {
    throw invalidField(
      `${issuePath}tenantDomain`,
      'validation.tenantTaken',
      `a customer with tenant domain ${tenantDomain} already exists`,
    );
  }
  const now = ctx.now();
  const customer: Customer = {
    id: uuidv7(now),
    name: input.name,
    tenantDomain,
    partnerCustomerId: input.partnerCustomerId || null,
    createdAt: now,
    updatedAt: now,
  };
  insertCustomer(ctx.db, customer);
  return customer;
}

export function findCustomers(ctx: ServiceContext, input: ParsedInputOf<'customers.search'>): Customer[] {
  return searchCustomers(ctx.db, input.query, input.limit);
}

export function customerById(ctx: ServiceContext, input: ParsedInputOf<'customers.get'>): Customer {
  const customer = getCustomer(ctx.db, input.id);
  if (!customer) throw notFound('customer', input.id);
  return customer;
}
