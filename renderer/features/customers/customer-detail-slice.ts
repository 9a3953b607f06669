import type { InputOf } from '../../../core/api';
import type { Customer, CustomerDetail } from '../../../core/customers';
import { call } from '../../lib/api';
import { openRecordLoader, type OpenRecord } from '../../shared/open-record';
import type { Slice } from '../../store/slice';

export interface CustomerDetailSlice {
  openCustomer: OpenRecord<CustomerDetail> | null;
  loadCustomer(id: string): Promise<void>;
  /** An operation answered with the stored customer: show exactly that. */
  showCustomer(detail: CustomerDetail): void;
  createCustomer(input: InputOf<'customers.create'>): Promise<Customer>;
  /** Saves a change to a customer (or to its contacts) and shows the stored customer. */
  updateCustomer(change: InputOf<'customers.update'>): Promise<CustomerDetail>;
  addContact(contact: InputOf<'contacts.add'>): Promise<CustomerDetail>;
  updateContact(change: InputOf<'contacts.update'>): Promise<CustomerDetail>;
  removeContact(id: string): Promise<CustomerDetail>;
}

export const createCustomerDetailSlice: Slice<CustomerDetailSlice> = (set, get) => {
  const shown = (detail: CustomerDetail) => {
    get().showCustomer(detail);
    return detail;
  };
  return {
    openCustomer: null,

    loadCustomer: openRecordLoader(get, set, 'openCustomer', (id: string) => call('customers.get', { id })),

    showCustomer(detail) {
      if (get().openCustomer?.id === detail.id)
        set({ openCustomer: { id: detail.id, detail, missing: false } });
      get().customerListItemChanged(detail);
    },

    createCustomer: (input) => call('customers.create', input),
    updateCustomer: async (change) => shown(await call('customers.update', change)),
    addContact: async (contact) => shown(await call('contacts.add', contact)),
    updateContact: async (change) => shown(await call('contacts.update', change)),
    removeContact: async (id) => shown(await call('contacts.remove', { id })),
  };
};
