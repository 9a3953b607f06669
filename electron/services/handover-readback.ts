// The incoming agent's read-back: each severity-A item confirmed on its own, then the acknowledgement (T2).
import type { ParsedInputOf } from '../../core/api';
import type { Handover, handoverReadbackOperations } from '../../core/handover';
import {
  acknowledgeRefusal,
  confirmRefusal,
  itemsToConfirm,
  type ReadBackRefusal,
} from '../../core/handover-rules';
import { getHandoverRow, handoverEvents, setAcknowledged, type HandoverRow } from '../../db/queries/handover';
import type { ServiceContext } from './context';
import { orNotFound, ServiceError } from './errors';
import { event, handoverById } from './handover';
import type { Handlers } from './handlers';

function loaded(ctx: ServiceContext, id: string): { row: HandoverRow; confirmed: Set<string> } {
  const row = orNotFound(getHandoverRow(ctx.db, id), 'handover', id);
  const confirmed = new Set(
    handoverEvents(ctx.db, id)
      .filter((e) => e.kind === 'item_confirmed')
      .map((e) => String(e.payload.caseId)),
  );
  return { row, confirmed };
}

/** A refusal as the UI shows it: its own translated reason (`handover.refusals.<reason>`). */
function refused(reason: ReadBackRefusal, caseIds: string[] = []): ServiceError {
  const code = reason === 'notConfirmable' || reason === 'unconfirmedItems' ? 'VALIDATION' : 'CONFLICT';
  const issues = caseIds.length
    ? caseIds.map((caseId) => ({ path: `items.${caseId}.confirm`, message: `handover.refusals.${reason}` }))
    : [{ path: 'handover', message: `handover.refusals.${reason}` }];
  return new ServiceError(code, `read-back refused: ${reason}`, issues);
}

export function confirmItem(ctx: ServiceContext, input: ParsedInputOf<'handover.confirmItem'>): Handover {
  ctx.db
    .transaction(() => {
      const { row, confirmed } = loaded(ctx, input.handoverId);
      const refusal = confirmRefusal(row, confirmed, ctx.agentId, input.caseId);
      // A second click (or a second agent) on an item already confirmed changes nothing.
      if (refusal === 'alreadyConfirmed') return;
      if (refusal) throw refused(refusal);
      const item = row.document.items.find((i) => i.caseId === input.caseId)!;
      event(ctx, row.id, 'item_confirmed', { caseId: item.caseId, number: item.number }, ctx.now());
    })
    .immediate();
  return handoverById(ctx, { id: input.handoverId });
}

export function acknowledgeHandover(
  ctx: ServiceContext,
  input: ParsedInputOf<'handover.acknowledge'>,
): Handover {
  ctx.db
    .transaction(() => {
      const { row, confirmed } = loaded(ctx, input.handoverId);
      const refusal = acknowledgeRefusal(row, confirmed, ctx.agentId);
      if (refusal === 'unconfirmedItems') {
        throw refused(
          refusal,
          itemsToConfirm(row.document).filter((caseId) => !confirmed.has(caseId)),
        );
      }
      if (refusal) throw refused(refusal);
      const now = ctx.now();
      setAcknowledged(ctx.db, row.id, ctx.agentId, now);
      event(ctx, row.id, 'acknowledged', { confirmed: confirmed.size }, now);
    })
    .immediate();
  return handoverById(ctx, { id: input.handoverId });
}

/** The operations of core/handover.ts (`handoverReadbackOperations`), bound to the functions above. */
export const handoverReadbackHandlers: Handlers<typeof handoverReadbackOperations> = {
  'handover.confirmItem': confirmItem,
  'handover.acknowledge': acknowledgeHandover,
};
