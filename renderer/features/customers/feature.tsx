import { TeamOutlined } from '@ant-design/icons';
import { definePage, type Feature } from '../../lib/navigation';
import { createCustomerDetailSlice, type CustomerDetailSlice } from './customer-detail-slice';
import { createCustomerListSlice, type CustomerListSlice } from './customer-list-slice';
import { createCustomerLookupsSlice, type CustomerLookupsSlice } from './customer-lookups-slice';
import { CustomerListPage } from './CustomerListPage';
import { CustomerPage } from './CustomerPage';

declare module '../../lib/navigation' {
  interface RouteParams {
    customers: object;
    customer: { id: string };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    customerList: CustomerListSlice;
    customerDetail: CustomerDetailSlice;
    customerLookups: CustomerLookupsSlice;
  }
}

/** 客户 / Customers: the list and one customer's page. */
export const customersFeature: Feature = {
  pages: [
    definePage({
      name: 'customers',
      parse: (parts) => (parts[0] === 'customers' && !parts[1] ? { name: 'customers' } : null),
      format: () => '#/customers',
      render: () => <CustomerListPage />,
      section: 'customers',
    }),
    definePage({
      name: 'customer',
      parse: (parts) =>
        parts[0] === 'customers' && parts[1] ? { name: 'customer', id: decodeURIComponent(parts[1]) } : null,
      format: (route) => `#/customers/${encodeURIComponent(route.id)}`,
      render: (route) => <CustomerPage id={route.id} />,
      section: 'customers',
    }),
  ],
  menu: { key: 'customers', icon: <TeamOutlined />, label: 'customers.nav', route: { name: 'customers' } },
  slices: [createCustomerListSlice, createCustomerDetailSlice, createCustomerLookupsSlice],
};
