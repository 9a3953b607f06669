import type { InputOf } from '../../../core/api';
import type { Customer, CustomerDetail } from '../../../core/customers';
import { ApiCallError, call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface CustomerDetailSlice {
  openCustomer: { id: string; detail: CustomerDetail | null; missing: boolean } | null;
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

    async loadCustomer(id) {
      if (get().openCustomer?.id !== id) set({ openCustomer: { id, detail: null, missing: false } });
      try {
        const detail = await call('customers.get', { id });
        if (get().openCustomer?.id === id) set({ openCustomer: { id, detail, missing: false } });
      } catch (error) {
        if (error instanceof ApiCallError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION')) {
          set({ openCustomer: { id, detail: null, missing: true } });
          return;
        }
        throw error;
      }
    },

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
