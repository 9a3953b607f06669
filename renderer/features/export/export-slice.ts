import type { OutputOf } from '../../../core/api';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** Case export: every case the list's filters and search text select, not just the rows loaded. */
export interface ExportSlice {
  exportListedCases(): Promise<OutputOf<'cases.export'>>;
}

export const createExportSlice: Slice<ExportSlice> = (_set, get) => ({
  exportListedCases() {
    const { filters, text } = get().caseQuery;
    return call('cases.export', { filters, ...(text.trim() ? { query: text.trim() } : {}) });
  },
});
