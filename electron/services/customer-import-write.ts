import type { ImportOutcome } from '../../core/customer-import';
import type { Customer } from '../../core/customers';
import { uuidv7 } from '../../db/ids';
import { insertContact } from '../../db/queries/contacts';
import { contactIdentities } from '../../db/queries/customer-bulk';
import { refreshCustomerIndex } from '../../db/search/customer-index';
import { getCustomer, insertCustomer, updateCustomer } from '../../db/queries/customers';
import { addCustomerService } from '../../db/queries/services';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { contactKey, type MergedCustomer } from './customer-import-merge';
import type { StagedContact } from './customer-import-rows';

type Written = Omit<ImportOutcome, 'rowsImported' | 'rowsSkipped'>;

/**
 * Creates and updates the merged customers. Call inside the import's transaction. An existing customer
 * gains services and contacts and takes the values the file gives; nothing the file leaves empty is
 * cleared, and an existing contact (same e-mail, or same name and phone) is not added twice.
 */
export function writeImport(ctx: ServiceContext, customers: readonly MergedCustomer[]): Written {
  const now = ctx.now();
  const written: Written = { created: 0, updated: 0, unchanged: 0, contactsAdded: 0 };

  for (const c of customers) {
    if (!c.existing) {
      const id = uuidv7(now);
      insertCustomer(ctx.db, {
        id,
        name: c.name,
        tenantDomain: c.tenantDomain,
        partnerCustomerId: c.partnerCustomerId,
        adminRole: c.adminRole ?? false,
        createdAt: now,
        updatedAt: now,
      });
      for (const key of c.services) addCustomerService(ctx.db, id, key);
      for (const contact of c.contacts) addContact(ctx, id, contact, now);
      written.created += 1;
      written.contactsAdded += c.contacts.length;
      continue;
    }

    const current = getCustomer(ctx.db, c.existing.id);
    if (
      !current ||
      current.tenantDomain !== c.existing.tenantDomain ||
      current.partnerCustomerId !== c.existing.partnerCustomerId
    ) {
      throw conflict(`customer ${c.existing.id} changed since the preview`);
    }
    const next: Customer = {
      ...current,
      name: c.fileName ?? current.name,
      tenantDomain: c.tenantDomain ?? current.tenantDomain,
      partnerCustomerId: c.partnerCustomerId ?? current.partnerCustomerId,
      adminRole: c.adminRole ?? current.adminRole,
    };
    let changed =
      next.name !== current.name ||
      next.tenantDomain !== current.tenantDomain ||
      next.partnerCustomerId !== current.partnerCustomerId ||
      next.adminRole !== current.adminRole;
    for (const key of c.services) changed = addCustomerService(ctx.db, current.id, key) || changed;
    const known = new Set(contactIdentities(ctx.db, current.id).map(contactKey));
    const fresh = c.contacts.filter((contact) => !known.has(contactKey(contact)));
    for (const contact of fresh) addContact(ctx, current.id, contact, now);

    if (changed || fresh.length > 0) {
      updateCustomer(ctx.db, { ...next, updatedAt: Math.max(now, current.updatedAt) });
      written.updated += 1;
      written.contactsAdded += fresh.length;
    } else {
      written.unchanged += 1;
    }
  }

  // The triggers named every customer written; indexing them here keeps the import's cost in the import
  // rather than in the next search.
  refreshCustomerIndex(ctx.db);
  return written;
}

function addContact(ctx: ServiceContext, customerId: string, contact: StagedContact, now: number): void {
  insertContact(ctx.db, { id: uuidv7(now), customerId, ...contact, createdAt: now });
}
