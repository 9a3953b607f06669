// Customers: search, create, read, edit. Implemented by electron/services/customers.ts.
import {
  type Customer,
  type CustomerDetail,
  type CustomerPage,
  customersCreateInput,
  customersGetInput,
  customersListInput,
  customersSearchInput,
  customersUpdateInput,
} from '../customers';
import { reads, writes } from '../operation';

export const customersOperations = {
  'customers.search': reads<Customer[]>()(customersSearchInput),
  'customers.create': writes<Customer>()(customersCreateInput),
  'customers.get': reads<CustomerDetail>()(customersGetInput),
  'customers.list': reads<CustomerPage>()(customersListInput),
  'customers.update': writes<CustomerDetail>()(customersUpdateInput),
};
