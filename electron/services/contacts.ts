import type { ParsedInputOf } from '../../core/api';
import type { Contact, contactsOperations, CustomerDetail } from '../../core/customers';
import { uuidv7 } from '../../db/ids';
import {
  contactInUse,
  deleteContact,
  getContact,
  insertContact,
  updateContact,
} from '../../db/queries/contacts';
import { getCustomer, touchCustomer } from '../../db/queries/customers';
import type { ServiceContext } from './context';
import { customerById } from './customers';
import { conflict, notFound, orNotFound } from './errors';
import type { Handlers } from './handlers';

type ContactFields = Pick<ParsedInputOf<'contacts.add'>, 'email' | 'phone' | 'preferredChannel' | 'language'>;

/** Empty optional fields are stored as NULL, never as ''. */
const optional = (input: ContactFields) => ({
  email: input.email || null,
  phone: input.phone || null,
  preferredChannel: input.preferredChannel ?? null,
  language: input.language ?? null,
});

// Each operation answers with the whole customer, so the page shows exactly what is stored.

export function addContact(ctx: ServiceContext, input: ParsedInputOf<'contacts.add'>): CustomerDetail {
  ctx.db
    .transaction(() => {
      if (!getCustomer(ctx.db, input.customerId)) throw notFound('customer', input.customerId);
      const now = ctx.now();
      const contact: Contact = {
        id: uuidv7(now),
        customerId: input.customerId,
        name: input.name,
        ...optional(input),
        createdAt: now,
      };
      insertContact(ctx.db, contact);
      touchCustomer(ctx.db, input.customerId, now);
    })
    .immediate();
  return customerById(ctx, { id: input.customerId });
}

export function editContact(ctx: ServiceContext, input: ParsedInputOf<'contacts.update'>): CustomerDetail {
  const customerId = ctx.db
    .transaction(() => {
      const current = orNotFound(getContact(ctx.db, input.id), 'contact', input.id);
      updateContact(ctx.db, { id: input.id, name: input.name, ...optional(input) });
      touchCustomer(ctx.db, current.customerId, ctx.now());
      return current.customerId;
    })
    .immediate();
  return customerById(ctx, { id: customerId });
}

export function removeContact(ctx: ServiceContext, input: ParsedInputOf<'contacts.remove'>): CustomerDetail {
  const customerId = ctx.db
    .transaction(() => {
      const current = orNotFound(getContact(ctx.db, input.id), 'contact', input.id);
      // Cases keep pointing at their contact; history must not lose who called.
      if (contactInUse(ctx.db, input.id)) throw conflict(`contact ${input.id} is named on cases`);
      deleteContact(ctx.db, input.id);
      touchCustomer(ctx.db, current.customerId, ctx.now());
      return current.customerId;
    })
    .immediate();
  return customerById(ctx, { id: customerId });
}

/** The operations of core/customers.ts (`contactsOperations`), bound to the functions above. */
export const contactsHandlers: Handlers<typeof contactsOperations> = {
  'contacts.add': addContact,
  'contacts.update': editContact,
  'contacts.remove': removeContact,
};
