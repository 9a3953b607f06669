import type { ParsedInputOf } from '../../core/api';
import type { CaseDetail, LinkKind } from '../../core/cases';
import { getCaseRow, type CaseRow } from '../../db/queries/cases';
import { deleteLink, findLink, insertLink } from '../../db/queries/links';
import { changeCase, recordEvent } from './case-events';
import { caseDetail } from './cases';
import type { ServiceContext } from './context';
import { invalidField, orNotFound } from './errors';
import type { caseLinksOperations } from '../../core/case-relations';
import type { Handlers } from './handlers';

/**
 * Links two cases: "duplicate of" points from this case to the other, "related to" either way. The link
 * is stored once; both timelines get an event (`out` on this case, `in` on the other).
 */
export function linkCases(ctx: ServiceContext, input: ParsedInputOf<'cases.link'>): CaseDetail {
  changeCase(ctx, input.caseId, (row) => {
    if (input.otherId === row.id) {
      throw invalidField('otherId', 'caseRules.selfLink', 'a case cannot be linked to itself');
    }
    const other = getCaseRow(ctx.db, input.otherId);
    if (!other) throw invalidField('otherId', 'caseRules.noSuchCase', `case ${input.otherId} not found`);
    if (findLink(ctx.db, row.id, other.id)) {
      throw invalidField(
        'otherId',
        'caseRules.alreadyLinked',
        `${row.number} and ${other.number} are linked`,
      );
    }
    const now = ctx.now();
    insertLink(ctx.db, { caseId: row.id, otherId: other.id, kind: input.kind, createdAt: now });
    recordBothWays(ctx, 'link_added', row, other, input.kind, now);
  });
  return caseDetail(ctx, { id: input.caseId });
}

/** Removes the link between two cases, whichever of them made it. */
export function unlinkCases(ctx: ServiceContext, input: ParsedInputOf<'cases.unlink'>): CaseDetail {
  changeCase(ctx, input.caseId, (row) => {
    const link = orNotFound(findLink(ctx.db, row.id, input.otherId), 'link', `${row.id} ↔ ${input.otherId}`);
    const from = link.caseId === row.id ? row : getCaseRow(ctx.db, link.caseId)!;
    const to = link.caseId === row.id ? getCaseRow(ctx.db, link.otherId)! : row;
    deleteLink(ctx.db, link);
    recordBothWays(ctx, 'link_removed', from, to, link.kind, ctx.now());
  });
  return caseDetail(ctx, { id: input.caseId });
}

function recordBothWays(
  ctx: ServiceContext,
  kind: 'link_added' | 'link_removed',
  from: CaseRow,
  to: CaseRow,
  linkKind: LinkKind,
  at: number,
): void {
  recordEvent(
    ctx,
    from.id,
    kind,
    { otherId: to.id, otherNumber: to.number, kind: linkKind, direction: 'out' },
    at,
  );
  recordEvent(
    ctx,
    to.id,
    kind,
    { otherId: from.id, otherNumber: from.number, kind: linkKind, direction: 'in' },
    at,
  );
}

/** The operations of core/case-relations.ts (`caseLinksOperations`), bound to the functions above. */
export const caseLinksHandlers: Handlers<typeof caseLinksOperations> = {
  'cases.link': linkCases,
  'cases.unlink': unlinkCases,
};
