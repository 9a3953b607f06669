import type { CustomerDetail } from '../../../core/customers';
import { ApiCallError, call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface CustomerDetailSlice {
  openCustomer: { id: string; detail: CustomerDetail | null; missing: boolean } | null;
  loadCustomer(id: string): Promise<void>;
  /** An operation answered with the stored customer: show exactly that. */
  showCustomer(detail: CustomerDetail): void;
}

export const createCustomerDetailSlice: Slice<CustomerDetailSlice> = (set, get) => ({
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
});
