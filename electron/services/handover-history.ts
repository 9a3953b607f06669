import type { ParsedInputOf } from '../../core/api';
import type { handoverHistoryOperations, HandoverPage, PdfExportStarted } from '../../core/handover';
import { fileStamp } from '../../core/handover-file';
import { getHandoverRow, historyPage, searchHistory } from '../../db/queries/handover';
import type { ServiceContext } from './context';
import { orNotFound } from './errors';
import { startPdfExport } from './pdf-export';
import type { Handlers } from './handlers';

/**
 * Past handovers, newest first, with who handed over to whom and when; with a query, those whose text
 * (cases, plans, watch items, notes, the outgoing agent) holds the query, with the text around the match.
 */
export function handoverHistory(ctx: ServiceContext, input: ParsedInputOf<'handover.history'>): HandoverPage {
  const query = input.query.trim();
  const heads = query
    ? searchHistory(ctx.db, { query, limit: input.limit, before: input.before })
    : historyPage(ctx.db, input.limit, input.before).map((h) => ({ ...h, snippet: null }));
  const last = heads.at(-1);
  return {
    items: heads,
    next: last && heads.length === input.limit ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** The desktop app prints the handover on screen (the window showing it, under the print stylesheet). */
export function exportHandoverPdf(
  ctx: ServiceContext,
  input: ParsedInputOf<'handover.exportPdf'>,
): PdfExportStarted {
  const row = orNotFound(getHandoverRow(ctx.db, input.id), 'handover', input.id);
  return startPdfExport(ctx, `shiftdesk-handover-${fileStamp(row.createdAt)}.pdf`, 'handover');
}

/** The operations of core/handover.ts (`handoverHistoryOperations`), bound to the functions above. */
export const handoverHistoryHandlers: Handlers<typeof handoverHistoryOperations> = {
  'handover.history': handoverHistory,
  'handover.exportPdf': exportHandoverPdf,
};
