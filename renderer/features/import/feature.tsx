import type { Feature } from '../../lib/navigation';
import { createCustomerImportSlice, type CustomerImportSlice } from './import-slice';

declare module '../../store/slice' {
  interface StoreSlices {
    customerImport: CustomerImportSlice;
  }
}

/** Customer import from CSV (its dialog opens from the customer list). */
export const importFeature: Feature = { slices: [createCustomerImportSlice] };
