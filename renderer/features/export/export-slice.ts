import type { CaseExportChunk } from '../../../core/case-export';
import type { ListCursor } from '../../../core/case-query';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** Case export: every case the list's filters and search text select, not just the rows loaded. */
export interface ExportSlice {
  /**
   * Reads the export chunk by chunk, handing each to `onChunk` as it arrives; resolves to false when
   * `signal` aborted it first. The filters are those of the moment it starts.
   */
  exportListedCases(onChunk: (chunk: CaseExportChunk) => void, signal: AbortSignal): Promise<boolean>;
}

export const createExportSlice: Slice<ExportSlice> = (_set, get) => ({
  async exportListedCases(onChunk, signal) {
    const { filters, text } = get().caseQuery;
    const query = text.trim();
    let after: ListCursor | undefined;
    do {
      if (signal.aborted) return false;
      const chunk = await call('cases.export', {
        filters,
        ...(query ? { query } : {}),
        ...(after ? { after } : {}),
      });
      if (signal.aborted) return false;
      onChunk(chunk);
      after = chunk.next ?? undefined;
    } while (after);
    return true;
  },
});
