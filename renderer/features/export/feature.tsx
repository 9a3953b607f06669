import type { Feature } from '../../lib/navigation';
import { createExportSlice, type ExportSlice } from './export-slice';

declare module '../../store/slice' {
  interface StoreSlices {
    export: ExportSlice;
  }
}

/** Case export to CSV and JSON (its menu sits on the case list). */
export const exportFeature: Feature = { slices: [createExportSlice] };
