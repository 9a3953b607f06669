import { create } from 'zustand';
import { createAppSlice, type AppSlice } from '../app/app-slice';
import { createCasesSlice, type CasesSlice } from '../features/cases/cases-slice';

export type Store = AppSlice & CasesSlice;

/** One store built from feature slices; components select narrowly from it. */
export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createCasesSlice(...a),
}));
