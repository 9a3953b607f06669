// The life of a tracked request, written once for customer escalations and Partner Center requests:
// preparing a draft, recording its submission, a later update, discarding a draft. Each kind states only
// its differences: its table, the transaction it belongs to (an escalation's case) and its history (the
// case timeline, or the request's own event log).
import { canUpdate } from '../../core/escalation-status';
import type {
  DraftFields,
  HandoffRequest,
  StatusUpdate,
  Submission,
  SubmitInput,
  UpdateInput,
} from '../../core/tracked-request';
import { uuidv7 } from '../../db/ids';
import { requestNumberTaken, type TrackedTable } from '../../db/queries/tracked-requests';
import type { ServiceContext } from './context';
import { conflict, invalidField, notFound, orNotFound } from './errors';

/** What sets one kind of request apart. */
export interface TrackedKind<R extends HandoffRequest, Own extends keyof R & string> {
  /** How errors name it. */
  label: string;
  table: TrackedTable<R, Own>;
  /** Runs `change` in one write transaction: an escalation's is its case's. */
  transaction(ctx: ServiceContext, request: R, change: () => void): void;
  /** A check before a draft is submitted, beyond its being a draft. */
  assertSubmittable?(ctx: ServiceContext, request: R): void;
  /** Writes the submission into the kind's history (in the transaction), and what else it changes. */
  submitted(ctx: ServiceContext, request: R, submission: Submission, at: number): void;
  /** Writes an update into the kind's history (in the transaction), and what else it changes. */
  updated(ctx: ServiceContext, request: R, change: StatusUpdate, at: number): void;
}

type DraftInput<R, Own extends keyof R> = Pick<R, Own> & DraftFields & { id?: string; offline: boolean };

interface DraftRules<R> {
  /** Whether a draft given by id is one this input may rewrite (an escalation: of the same case). */
  owns?(current: R): boolean;
  /** Checked before a new draft starts (a case has at most one open escalation). */
  beforeStart?(): void;
}

/**
 * Starts a draft, or rewrites the one given (in the caller's transaction); returns its id. Everything is
 * checked now, so that a draft prepared offline is ready to submit the moment the network returns.
 */
export function saveDraft<R extends HandoffRequest, Own extends keyof R & string>(
  ctx: ServiceContext,
  kind: TrackedKind<R, Own>,
  input: DraftInput<R, Own>,
  rules: DraftRules<R> = {},
): string {
  const at = ctx.now();
  const fields = { ...input, agentId: ctx.agentId, at };
  if (!input.id) {
    rules.beforeStart?.();
    const id = uuidv7(at);
    kind.table.insertDraft(ctx.db, { ...fields, id, queuedOffline: input.offline });
    return id;
  }
  const current = kind.table.get(ctx.db, input.id);
  if (!current || (rules.owns && !rules.owns(current))) throw notFound(kind.label, input.id);
  if (current.status !== 'draft') throw conflict(`${kind.label} ${input.id} was submitted meanwhile`);
  // "Prepared offline" sticks: the queue shows which drafts waited for the network.
  const queuedOffline = current.queuedOffline || input.offline;
  kind.table.updateDraft(ctx.db, { ...fields, id: current.id, queuedOffline });
  return current.id;
}

/**
 * A kind's submit, update and discard operations: the shared flow, each answered with the kind's own
 * view of the request afterwards.
 */
export function trackedOperations<R extends HandoffRequest, Own extends keyof R & string, Result>(
  kind: TrackedKind<R, Own>,
  result: (ctx: ServiceContext, id: string) => Result,
) {
  return {
    submit(ctx: ServiceContext, input: SubmitInput): Result {
      submitRequest(ctx, kind, input);
      return result(ctx, input.id);
    },
    update(ctx: ServiceContext, input: UpdateInput): Result {
      updateRequest(ctx, kind, input);
      return result(ctx, input.id);
    },
    discard: (ctx: ServiceContext, input: { id: string }) => discardRequest(ctx, kind, input.id),
  };
}

/** Records what 21Vianet answered when the draft was submitted in its form, with the kind's history. */
function submitRequest<R extends HandoffRequest, Own extends keyof R & string>(
  ctx: ServiceContext,
  kind: TrackedKind<R, Own>,
  input: SubmitInput,
): void {
  inTransaction(ctx, kind, input.id, (current) => {
    kind.assertSubmittable?.(ctx, current);
    if (current.status !== 'draft') throw conflict(`${kind.label} ${current.id} was submitted already`);
    if (requestNumberTaken(ctx.db, input.requestNumber)) {
      throw invalidField(
        'requestNumber',
        'validation.requestNumberTaken',
        `request ${input.requestNumber} is recorded already`,
      );
    }
    const at = ctx.now();
    kind.table.markSubmitted(ctx.db, { ...input, at });
    const { requestNumber, vianetSeverity, vianetContact } = input;
    kind.submitted(ctx, current, { requestNumber, vianetSeverity, vianetContact }, at);
  });
}

/** Moves a request to the status the agent chose, with the kind's history. */
function updateRequest<R extends HandoffRequest, Own extends keyof R & string>(
  ctx: ServiceContext,
  kind: TrackedKind<R, Own>,
  input: UpdateInput,
): void {
  inTransaction(ctx, kind, input.id, (current) => {
    if (current.status !== input.from) throw conflict(`${kind.label} ${current.id} is now ${current.status}`);
    if (!canUpdate(current.status, input.to)) {
      throw conflict(`${kind.label} ${current.id} cannot go from ${current.status} to ${input.to}`);
    }
    const at = ctx.now();
    kind.table.setStatus(ctx.db, current.id, input.to, at);
    const note = input.note?.trim();
    kind.updated(ctx, current, { from: current.status, to: input.to, ...(note ? { note } : {}) }, at);
  });
}

/** Deletes a draft; a submitted request is withdrawn instead, so that its history stays. */
function discardRequest<R extends HandoffRequest, Own extends keyof R & string>(
  ctx: ServiceContext,
  kind: TrackedKind<R, Own>,
  id: string,
): { discarded: boolean } {
  const current = orNotFound(kind.table.get(ctx.db, id), kind.label, id);
  if (current.status !== 'draft') throw conflict(`${kind.label} ${id} was submitted: withdraw it instead`);
  return { discarded: kind.table.deleteDraft(ctx.db, id) };
}

/** The request as it is now, read again inside the kind's write transaction. */
function inTransaction<R extends HandoffRequest, Own extends keyof R & string>(
  ctx: ServiceContext,
  kind: TrackedKind<R, Own>,
  id: string,
  change: (current: R) => void,
): void {
  const found = orNotFound(kind.table.get(ctx.db, id), kind.label, id);
  kind.transaction(ctx, found, () => change(kind.table.get(ctx.db, id)!));
}
