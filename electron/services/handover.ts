import type { ParsedInputOf } from '../../core/api';
import type {
  CarryOver,
  CasePlan,
  Handover,
  HandoverDocument,
  HandoverItem,
  handoverOperations,
  OpenCaseFacts,
  PendingHandover,
} from '../../core/handover';
import { composeHandover, handoverSearchText } from '../../core/handover-compose';
import { validateHandover, type HandoverIssue } from '../../core/handover-rules';
import { uuidv7 } from '../../db/ids';
import { getAgent } from '../../db/queries/agents';
import type { Db } from '../../db/open';
import {
  appendHandoverEvent,
  getHandoverRow,
  handoverEvents,
  insertHandover,
  latestHandoverId,
  pendingHeads,
  pendingIdsOf,
  setHandoverStatus,
  type HandoverRow,
} from '../../db/queries/handover';
import { agentNames, logVersion, openCasesForHandover } from '../../db/queries/handover-compose';
import type { ServiceContext } from './context';
import { orNotFound, ServiceError } from './errors';
import { handoverClocks, waitingOn21vSince } from './handover-clocks';
import type { Handlers } from './handlers';

// Read-back (confirm, acknowledge) lives in handover-readback.ts, history and PDF in handover-history.ts.

/** What the previous handover passes on to the next one. */
function carryOver(previous: HandoverRow): CarryOver {
  const plans = new Map<string, CasePlan>(
    previous.document.items.map((i) => [
      i.caseId,
      {
        nextAction: i.nextAction,
        owner: i.owner,
        deadline: i.deadline,
        contingencyIf: i.contingencyIf,
        contingencyThen: i.contingencyThen,
      },
    ]),
  );
  return { id: previous.id, plans, watch: previous.document.watch };
}

// The carry-over of the latest handover, kept while it stays the latest: a submitted document never
// changes (a trigger refuses it), and reading a 5,000-item document again costs more than composing.
const carried = new WeakMap<Db, CarryOver>();

function previousCarryOver(db: Db): CarryOver | null {
  const id = latestHandoverId(db);
  if (!id) return null;
  const cached = carried.get(db);
  if (cached?.id === id) return cached;
  const carry = carryOver(getHandoverRow(db, id)!);
  carried.set(db, carry);
  return carry;
}

/**
 * Every open case with its clocks and what the previous handover carries over, read consistently (the
 * caller's transaction). The clocks come from handover-clocks.ts, which reads only timelines that changed;
 * `known` are the open cases when the caller knows the log has not changed since they were read.
 */
function composeFromLog(
  ctx: ServiceContext,
  now: number,
  known: OpenCaseFacts[] | null = null,
): { doc: HandoverDocument; cases: OpenCaseFacts[] } {
  const cases = known ?? openCasesForHandover(ctx.db);
  const { clocks, events } = handoverClocks(
    ctx,
    cases.map((c) => c.caseId),
    now,
  );
  if (!known) {
    for (const c of cases) {
      if (c.status === 'waiting_21v') c.waitingOn21vSince = waitingOn21vSince(events.get(c.caseId));
    }
  }
  return { doc: composeHandover({ cases, clocks, previous: previousCarryOver(ctx.db), now }), cases };
}

// The open cases of the last composition, with the version of the log they were read at: the outgoing agent
// composes, edits (in the page) and refreshes, and when nothing at all was written in between, the same
// 5,000 rows need not be read again. Only the clocks move with the time; they are worked out each time.
const lastRead = new WeakMap<Db, { version: string; cases: OpenCaseFacts[] }>();

/** A fresh handover for the outgoing agent to complete (nothing is written). */
export function composeForShift(ctx: ServiceContext): HandoverDocument {
  const now = ctx.now();
  // Inside someone else's transaction the log may hold uncommitted writes: read it, remember nothing.
  if (ctx.db.inTransaction) return composeFromLog(ctx, now).doc;
  const version = logVersion(ctx.db);
  const cached = lastRead.get(ctx.db);
  const known = cached?.version === version ? cached.cases : null;
  // One read transaction: the cases, their timelines and the previous handover as of one moment.
  const { doc, cases } = ctx.db.transaction(() => composeFromLog(ctx, now, known))();
  // Remembered only if no other connection committed while this one read.
  if (!known && logVersion(ctx.db) === version) lastRead.set(ctx.db, { version, cases });
  return doc;
}

/**
 * Submission (T1). The facts are composed again from the log and only the agent's plans, watch items and
 * notes are taken from the input, so the document shows the cases as they are now. A case opened since
 * the agent composed has no plan and fails validation, so no case is handed over unseen. An earlier
 * handover of the same agent still waiting for acknowledgement is superseded by this corrected one.
 */
export function submitHandover(ctx: ServiceContext, input: ParsedInputOf<'handover.submit'>): Handover {
  const id = ctx.db
    .transaction(() => {
      const now = ctx.now();
      const composed = composeFromLog(ctx, now).doc;
      const plans = new Map(input.plans.map((p) => [p.caseId, p]));
      const names = agentNames(
        ctx.db,
        input.plans.flatMap((p) => (p.ownerId ? [p.ownerId] : [])),
      );
      const issues: HandoverIssue[] = [];
      const items = composed.items.map((item): HandoverItem => {
        const plan = plans.get(item.caseId);
        if (!plan) {
          issues.push({ path: `items.${item.caseId}.nextAction`, message: 'handover.issues.notInDraft' });
          return {
            ...item,
            nextAction: '',
            owner: null,
            deadline: null,
            contingencyIf: '',
            contingencyThen: '',
          };
        }
        const ownerName = plan.ownerId ? names.get(plan.ownerId) : undefined;
        if (plan.ownerId && ownerName === undefined) {
          issues.push({ path: `items.${item.caseId}.owner`, message: 'handover.issues.ownerUnknown' });
        }
        return {
          ...item,
          nextAction: plan.nextAction,
          owner: plan.ownerId && ownerName !== undefined ? { id: plan.ownerId, name: ownerName } : null,
          deadline: plan.deadline,
          contingencyIf: plan.contingencyIf,
          contingencyThen: plan.contingencyThen,
          carried: item.carried && samePlan(item, plan),
        };
      });
      const document: HandoverDocument = {
        ...composed,
        items,
        casesNone: input.casesNone,
        watch: input.watch.map((w) => ({ ...w, text: w.text.trim() })),
        watchNone: input.watchNone,
        notes: input.notes,
        notesNone: input.notesNone,
      };
      issues.push(...validateHandover(document, now));
      if (issues.length > 0) throw new ServiceError('VALIDATION', 'the handover is incomplete', issues);

      const handoverId = uuidv7(now);
      const superseded = pendingIdsOf(ctx.db, ctx.agentId);
      for (const earlier of superseded) {
        setHandoverStatus(ctx.db, earlier, 'superseded');
        event(ctx, earlier, 'superseded', { by: handoverId }, now);
      }
      const from = orNotFound(getAgent(ctx.db, ctx.agentId), 'agent', ctx.agentId);
      insertHandover(ctx.db, {
        id: handoverId,
        fromAgentId: from.id,
        toAgentId: null,
        status: 'pending',
        document,
        createdAt: now,
        acknowledgedAt: null,
        searchText: handoverSearchText(document, from.name),
      });
      event(ctx, handoverId, 'submitted', { cases: items.length, superseded }, now);
      return handoverId;
    })
    .immediate();
  return handoverById(ctx, { id });
}

const samePlan = (a: CasePlan, b: ParsedInputOf<'handover.submit'>['plans'][number]) =>
  a.nextAction === b.nextAction &&
  (a.owner?.id ?? null) === b.ownerId &&
  a.deadline === b.deadline &&
  a.contingencyIf === b.contingencyIf &&
  a.contingencyThen === b.contingencyThen;

export function event(
  ctx: ServiceContext,
  handoverId: string | null,
  kind: Parameters<typeof appendHandoverEvent>[1]['kind'],
  payload: Record<string, unknown>,
  at: number,
): void {
  appendHandoverEvent(ctx.db, { id: uuidv7(at), handoverId, agentId: ctx.agentId, at, kind, payload });
}

export function handoverById(ctx: ServiceContext, input: ParsedInputOf<'handover.get'>): Handover {
  const row = orNotFound(getHandoverRow(ctx.db, input.id), 'handover', input.id);
  const events = handoverEvents(ctx.db, row.id);
  const name = (agentId: string | null) => (agentId ? (getAgent(ctx.db, agentId)?.name ?? '') : '');
  return {
    id: row.id,
    fromAgent: { id: row.fromAgentId, name: name(row.fromAgentId) },
    toAgent: row.toAgentId ? { id: row.toAgentId, name: name(row.toAgentId) } : null,
    status: row.status,
    createdAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    document: row.document,
    confirmations: events
      .filter((e) => e.kind === 'item_confirmed')
      .map((e) => ({
        caseId: String(e.payload.caseId),
        agent: { id: e.agentId, name: e.agentName },
        at: e.at,
      })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      agent: { id: e.agentId, name: e.agentName },
      at: e.at,
      payload: e.payload,
    })),
  };
}

/** Handovers waiting for an incoming agent to read them back, oldest first (the Now dashboard shows them). */
export function pendingHandovers(ctx: ServiceContext): PendingHandover[] {
  return pendingHeads(ctx.db).map(({ id, fromAgent, createdAt }): PendingHandover => ({
    id,
    fromAgent,
    createdAt,
  }));
}

/** The operations of core/handover.ts (`handoverOperations`), bound to the functions above. */
export const handoverHandlers: Handlers<typeof handoverOperations> = {
  'handover.compose': composeForShift,
  'handover.submit': submitHandover,
  'handover.get': handoverById,
  'handover.pending': pendingHandovers,
};
