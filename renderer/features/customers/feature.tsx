import { TeamOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { plainPage, recordPage } from '../../lib/pages';
import { createCustomerDetailSlice, type CustomerDetailSlice } from './customer-detail-slice';
import { createCustomerListSlice, type CustomerListSlice } from './customer-list-slice';
import { createCustomerLookupsSlice, type CustomerLookupsSlice } from './customer-lookups-slice';
import { lazyComponent } from '../../lib/lazy-component';

const CustomerListPage = lazyComponent(() => import('./CustomerListPage'), 'CustomerListPage');
const CustomerPage = lazyComponent(() => import('./CustomerPage'), 'CustomerPage');

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
    plainPage('customers', 'customers', () => <CustomerListPage />),
    recordPage('customer', 'customers', (id) => <CustomerPage id={id} />),
  ],
  menu: { key: 'customers', icon: <TeamOutlined />, label: 'customers.nav', route: { name: 'customers' } },
  slices: [createCustomerListSlice, createCustomerDetailSlice, createCustomerLookupsSlice],
};
