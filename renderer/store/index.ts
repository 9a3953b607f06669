import { create } from 'zustand';
import { createAppSlice, type AppSlice } from '../app/app-slice';
import { createCaseDetailSlice, type CaseDetailSlice } from '../features/cases/case-detail-slice';
import { createCaseListSlice, type CaseListSlice } from '../features/cases/case-list-slice';
import {
  createCustomerDetailSlice,
  type CustomerDetailSlice,
} from '../features/customers/customer-detail-slice';
import { createCustomerListSlice, type CustomerListSlice } from '../features/customers/customer-list-slice';

export type Store = AppSlice & CaseListSlice & CaseDetailSlice & CustomerListSlice & CustomerDetailSlice;

/** One store built from feature slices; components select narrowly from it. */
export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createCaseListSlice(...a),
  ...createCaseDetailSlice(...a),
  ...createCustomerListSlice(...a),
  ...createCustomerDetailSlice(...a),
}));
