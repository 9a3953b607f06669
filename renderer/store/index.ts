import { create } from 'zustand';
import { createAppSlice, type AppSlice } from '../app/app-slice';
import { createCaseDetailSlice, type CaseDetailSlice } from '../features/cases/case-detail-slice';
import { createCaseListSlice, type CaseListSlice } from '../features/cases/case-list-slice';

export type Store = AppSlice & CaseListSlice & CaseDetailSlice;

/** One store built from feature slices; components select narrowly from it. */
export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createCaseListSlice(...a),
  ...createCaseDetailSlice(...a),
}));
