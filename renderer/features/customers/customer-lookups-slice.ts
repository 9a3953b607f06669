import type { OutputOf } from '../../../core/api';
import type { CaseListItem } from '../../../core/cases';
import type { CaseStatus } from '../../../core/domain';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** What pickers and a customer's page look up; nothing is kept in the store. */
export interface CustomerLookupsSlice {
  findCustomers(query: string, limit: number): Promise<OutputOf<'customers.search'>>;
  customerById(id: string): Promise<OutputOf<'customers.get'>>;
  /** A customer's latest cases in these statuses (at most `limit`) and how many there are in all. */
  customerCases(
    customerId: string,
    statuses: CaseStatus[],
    limit: number,
  ): Promise<{ items: CaseListItem[]; total: number }>;
}

export const createCustomerLookupsSlice: Slice<CustomerLookupsSlice> = () => ({
  findCustomers: (query, limit) => call('customers.search', { query, limit }),
  customerById: (id) => call('customers.get', { id }),
  async customerCases(customerId, statuses, limit) {
    const filters = { customerId, statuses };
    const [page, count] = await Promise.all([
      call('cases.list', { filters, sort: 'updated', dir: 'desc', limit }),
      call('cases.count', { filters }),
    ]);
    return { items: page.items, total: count.total };
  },
});
