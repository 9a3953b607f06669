import type { ParsedInputOf } from '../../core/api';
import type { CaseExport } from '../../core/case-query';
import { exportExtras, iterateCases } from '../../db/queries/case-list';
import { searchCases } from '../../db/queries/search';
import type { ServiceContext } from './context';
import type { caseExportOperations } from '../../core/operations/case-export';
import type { Handlers } from './handlers';

const SEARCH_EXPORT_LIMIT = 200;

/** The cases an agent sees with these filters (and query), with the fields a spreadsheet needs. */
export function caseExport(ctx: ServiceContext, input: ParsedInputOf<'cases.export'>): CaseExport {
  const me = ctx.agentId;
  const now = ctx.now();
  const cases = input.query
    ? searchCases(ctx.db, {
        text: input.query,
        filters: input.filters,
        limit: SEARCH_EXPORT_LIMIT,
        me,
        now,
      }).map(({ snippet: _snippet, source: _source, ...row }) => row)
    : iterateCases(ctx.db, input.filters, me, now);
  const rows = [];
  for (const row of cases) rows.push({ ...row, ...exportExtras(ctx.db, row.id) });
  return { rows, exportedAt: ctx.now() };
}

/** The operations of core/operations/case-export.ts, bound to the functions above. */
export const caseExportHandlers: Handlers<typeof caseExportOperations> = {
  'cases.export': caseExport,
};
