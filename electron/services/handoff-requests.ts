// The life of a request handed off to 21Vianet, the same for customer escalations and Partner Center
// requests: recording its submission, a later update, discarding a draft. Each kind then writes its own
// history (the case timeline, or the request's event log).
import { canUpdate, type HandoffStatus, type UpdateStatus } from '../../core/escalation-status';
import type { ParsedInputOf } from '../../core/api';
import type { LifecycleWrites } from '../../db/queries/handoff-tracking';
import { requestNumberTaken } from '../../db/queries/escalations';
import type { ServiceContext } from './context';
import { conflict, invalidField, notFound } from './errors';

/** One kind of request: how errors name it, and the writes on its table. */
export interface HandoffKind extends LifecycleWrites {
  label: string;
}

interface Current {
  id: string;
  status: HandoffStatus;
}

/** What an update's history records: the change, and the note when one was given. */
export interface HandoffUpdate {
  from: HandoffStatus;
  to: UpdateStatus;
  note?: string;
}

/** Records 21Vianet's answer on a draft (in the caller's transaction); returns when. */
export function recordSubmission(
  ctx: ServiceContext,
  kind: HandoffKind,
  current: Current,
  input: ParsedInputOf<'escalations.submit' | 'partnerRequests.submit'>,
): number {
  if (current.status !== 'draft') throw conflict(`${kind.label} ${current.id} was submitted already`);
  if (requestNumberTaken(ctx.db, input.requestNumber)) {
    throw invalidField(
      'requestNumber',
      'validation.requestNumberTaken',
      `request ${input.requestNumber} is recorded already`,
    );
  }
  const at = ctx.now();
  kind.markSubmitted(ctx.db, { ...input, at });
  return at;
}

/** Moves a request to the status the agent chose (in the caller's transaction); returns what changed, and when. */
export function recordUpdate(
  ctx: ServiceContext,
  kind: HandoffKind,
  current: Current,
  input: ParsedInputOf<'escalations.update' | 'partnerRequests.update'>,
): { at: number; change: HandoffUpdate } {
  if (current.status !== input.from) throw conflict(`${kind.label} ${current.id} is now ${current.status}`);
  if (!canUpdate(current.status, input.to)) {
    throw conflict(`${kind.label} ${current.id} cannot go from ${current.status} to ${input.to}`);
  }
  const at = ctx.now();
  kind.setStatus(ctx.db, current.id, input.to, at);
  const note = input.note?.trim();
  return { at, change: { from: current.status, to: input.to, ...(note ? { note } : {}) } };
}

/** Deletes a draft; a submitted request is withdrawn instead, so that its history stays. */
export function discardDraft(
  ctx: ServiceContext,
  kind: HandoffKind,
  id: string,
  current: Current | undefined,
): { discarded: boolean } {
  if (!current) throw notFound(kind.label, id);
  if (current.status !== 'draft') throw conflict(`${kind.label} ${id} was submitted: withdraw it instead`);
  return { discarded: kind.deleteDraft(ctx.db, id) };
}
