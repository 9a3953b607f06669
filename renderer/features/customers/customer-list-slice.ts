import type { InputOf } from '../../../core/api';
import type { CustomerCursor, CustomerDetail, CustomerListItem } from '../../../core/customers';
import type { CatalogueService } from '../../../core/services-catalogue';
import type { SheetFilter } from '../../../core/support-sheet';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

const PAGE_SIZE = 100;

export interface CustomerListSlice {
  customerList: {
    query: string;
    items: CustomerListItem[];
    next: CustomerCursor | null;
    total: number | null;
    loading: boolean;
    loaded: boolean;
    /** Only the customers the support process sheet is due to; null: all. */
    sheet: SheetFilter | null;
    /** The support process sheet template's version, to tell an older one sent. */
    sheetTemplateVersion: number | null;
  };
  /** The service catalogue, loaded once and kept current as the desk adds services. */
  serviceCatalogue: CatalogueService[];
  loadCustomers(query?: string): Promise<void>;
  loadMoreCustomers(): Promise<void>;
  filterCustomersBySheet(sheet: SheetFilter | null): Promise<void>;
  loadServiceCatalogue(): Promise<void>;
  /** Adds a service to the desk's catalogue. */
  addService(service: InputOf<'services.add'>): Promise<CatalogueService>;
  serviceAdded(service: CatalogueService): void;
  /** A customer was changed elsewhere (its page): show the change in the list too. */
  customerListItemChanged(detail: CustomerDetail): void;
}

// Search-as-you-type sends a query per pause; only the answer to the latest one may land.
let latest = 0;

export const createCustomerListSlice: Slice<CustomerListSlice> = (set, get) => ({
  customerList: {
    query: '',
    items: [],
    next: null,
    total: null,
    loading: false,
    loaded: false,
    sheet: null,
    sheetTemplateVersion: null,
  },
  serviceCatalogue: [],

  async loadCustomers(query = get().customerList.query) {
    const ticket = ++latest;
    set((s) => ({ customerList: { ...s.customerList, query, loading: true } }));
    try {
      const { sheet } = get().customerList;
      const page = await call('customers.list', { query, limit: PAGE_SIZE, ...(sheet ? { sheet } : {}) });
      if (ticket !== latest) return;
      set({
        customerList: {
          query,
          items: page.items,
          next: page.next,
          total: page.total,
          loading: false,
          loaded: true,
          sheet,
          sheetTemplateVersion: page.sheetTemplateVersion,
        },
      });
    } finally {
      if (ticket === latest) set((s) => ({ customerList: { ...s.customerList, loading: false } }));
    }
  },

  async loadMoreCustomers() {
    const { next, loading, query, sheet } = get().customerList;
    if (!next || loading) return;
    const ticket = ++latest;
    set((s) => ({ customerList: { ...s.customerList, loading: true } }));
    try {
      const page = await call('customers.list', {
        query,
        limit: PAGE_SIZE,
        after: next,
        ...(sheet ? { sheet } : {}),
      });
      if (ticket !== latest) return;
      set((s) => ({
        customerList: { ...s.customerList, items: [...s.customerList.items, ...page.items], next: page.next },
      }));
    } finally {
      if (ticket === latest) set((s) => ({ customerList: { ...s.customerList, loading: false } }));
    }
  },

  async filterCustomersBySheet(sheet) {
    set((s) => ({ customerList: { ...s.customerList, sheet } }));
    await get().loadCustomers();
  },

  async loadServiceCatalogue() {
    set({ serviceCatalogue: await call('services.list', {}) });
  },

  async addService(input) {
    const service = await call('services.add', input);
    get().serviceAdded(service);
    return service;
  },

  serviceAdded(service) {
    set((s) => {
      const others = s.serviceCatalogue.filter((x) => x.key !== 'other');
      const other = s.serviceCatalogue.filter((x) => x.key === 'other');
      return { serviceCatalogue: [...others, service, ...other] };
    });
  },

  customerListItemChanged(detail) {
    set((s) => ({
      customerList: {
        ...s.customerList,
        items: s.customerList.items.map((item) => {
          if (item.id !== detail.id) return item;
          const { contacts, ...customer } = detail;
          return { ...item, ...customer, contactCount: contacts.length };
        }),
      },
    }));
  },
});
