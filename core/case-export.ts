// The case list exported as a file, read in chunks so that neither side holds the whole desk at once and
// the service answers other calls between chunks.
import { z } from 'zod';
import type { CaseListItem } from './cases';
import { caseFilters, listCursor, type ListCursor } from './case-query';
import { reads } from './operation';

/**
 * Cases per chunk: one request holds the host for about 10 ms at 100,000 cases (500 held it past 50 ms on a
 * busy machine), about a hundred kilobytes on the wire.
 */
export const EXPORT_CHUNK = 200;

/** One exported case: the list row plus what a spreadsheet needs besides. */
export interface CaseExportRow extends CaseListItem {
  description: string;
  tenantDomain: string | null;
  tags: string[];
}

export interface CaseExportChunk {
  rows: CaseExportRow[];
  /** Pass as `after` for the next chunk; null when this was the last. */
  next: ListCursor | null;
  /** How many cases the whole export holds, on the first chunk only (for progress). */
  total?: number;
  /** When the export began: the first chunk's time, echoed in the file. */
  exportedAt: number;
}

/** The case list exported as a file. Implemented by electron/services/case-export.ts. */
export const caseExportOperations = {
  'cases.export': reads<CaseExportChunk>()(
    z.object({
      filters: caseFilters.default({}),
      /** With a query, the export holds what the search finds (up to its limit); without, every matching case. */
      query: z.string().trim().max(200).optional(),
      /** Where the previous chunk ended (its `next`); absent for the first chunk. */
      after: listCursor.optional(),
    }),
  ),
};
