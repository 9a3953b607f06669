import type { ParsedInputOf } from '../../core/api';
import { EXPORT_CHUNK, type CaseExportChunk } from '../../core/case-export';
import { countCases } from '../../db/queries/case-list';
import { exportCasePage, exportRowsOf } from '../../db/queries/case-export';
import { searchCases } from '../../db/queries/search';
import type { ServiceContext } from './context';
import type { caseExportOperations } from '../../core/case-export';
import type { Handlers } from './handlers';

const SEARCH_EXPORT_LIMIT = 200;

/**
 * One chunk of the cases an agent sees with these filters (and query), with the fields a spreadsheet
 * needs. The page asks for the next chunk until `next` is null, so each call is short and other calls are
 * answered between them.
 */
export function caseExport(ctx: ServiceContext, input: ParsedInputOf<'cases.export'>): CaseExportChunk {
  const me = ctx.agentId;
  const now = ctx.now();
  if (input.query) {
    const { hits } = searchCases(ctx.db, {
      text: input.query,
      filters: input.filters,
      limit: SEARCH_EXPORT_LIMIT,
      me,
      now,
    });
    return {
      rows: exportRowsOf(
        ctx.db,
        hits.map((h) => h.id),
      ),
      next: null,
      total: hits.length,
      exportedAt: now,
    };
  }
  const { after } = input;
  const rows = exportCasePage(ctx.db, { filters: input.filters, me, now, after, limit: EXPORT_CHUNK + 1 });
  const page = rows.slice(0, EXPORT_CHUNK);
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > EXPORT_CHUNK && last ? { key: last.createdAt, id: last.id } : null,
    ...(after ? {} : { total: countCases(ctx.db, input.filters, me, now) }),
    exportedAt: now,
  };
}

/** The operations of core/case-export.ts (`caseExportOperations`), bound to the functions above. */
export const caseExportHandlers: Handlers<typeof caseExportOperations> = {
  'cases.export': caseExport,
};
