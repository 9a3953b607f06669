// The shift-close gate: an outgoing shift is closed only once its handover has been read back.
import { HOUR } from '../../core/time';
import { uuidv7 } from '../../db/ids';
import { getAgent } from '../../db/queries/agents';
import { appendHandoverEvent, latestHandoverOf } from '../../db/queries/handover';
import type { ServiceContext } from './context';
import { invalidField, ServiceError } from './errors';

/**
 * How far back a handover counts as this shift's. The gate cannot know when the shift began (the roster
 * does), so it asks for a handover submitted within the longest shift the desk runs (12 h) plus overtime:
 * yesterday's acknowledged handover never lets today's shift close without a new one.
 */
export const SHIFT_HANDOVER_WINDOW_MS = 16 * HOUR;

export type GateBlock = 'noHandover' | 'unacknowledged';

/**
 * Throws CONFLICT unless `agentId`'s latest handover of this shift (see SHIFT_HANDOVER_WINDOW_MS) has been
 * acknowledged. Decision: submitting no handover at all also blocks — every shift hands over, even if only
 * to say "none" in each section. A lead at the keyboard (ctx.agentId) may override with a reason; the
 * override is recorded as a `shift_close_override` handover event (on the blocking handover, if any), in
 * the caller's transaction when there is one.
 */
export function assertShiftCanClose(
  ctx: ServiceContext,
  agentId: string,
  override?: { reason: string },
): void {
  const now = ctx.now();
  const latest = latestHandoverOf(ctx.db, agentId, now - SHIFT_HANDOVER_WINDOW_MS);
  const block: GateBlock | null = !latest
    ? 'noHandover'
    : latest.status === 'pending'
      ? 'unacknowledged'
      : null;
  if (!block) return;
  if (!override) {
    throw new ServiceError('CONFLICT', `the shift of ${agentId} cannot close: ${block}`, [
      { path: 'handover', message: `handover.gate.${block}` },
    ]);
  }
  const reason = override.reason.trim();
  if (!reason) throw invalidField('override.reason', 'validation.required', 'an override needs a reason');
  if (getAgent(ctx.db, ctx.agentId)?.role !== 'lead') {
    throw new ServiceError('CONFLICT', 'only a lead may override the handover gate', [
      { path: 'override', message: 'handover.gate.leadOnly' },
    ]);
  }
  appendHandoverEvent(ctx.db, {
    id: uuidv7(now),
    handoverId: latest?.id ?? null,
    agentId: ctx.agentId,
    at: now,
    kind: 'shift_close_override',
    payload: { shiftAgentId: agentId, block, reason },
  });
}
