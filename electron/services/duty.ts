// Who is on duty: the agent signed in at each terminal of the workstation (and so answerable for every change
// made there), and who the roster says should be. A sign-in is a duty session, the agent's shift at the desk.
import type { ParsedInputOf } from '../../core/api';
import type { AgentRef } from '../../core/domain';
import type { dutyOperations, DutySession, DutyStatus } from '../../core/duty';
import { hourStart } from '../../core/local-time';
import {
  coverageHours,
  gapRanges,
  nextShiftAfter,
  onDutyAt,
  shiftsBetween,
  type RosterPlan,
  type TimeRange,
} from '../../core/roster';
import { uuidv7 } from '../../db/ids';
import { getAgent, getAgentProfile } from '../../db/queries/agents';
import { endSession, insertSession, openSessionAt, recentSessions, sessionAt } from '../../db/queries/duty';
import type { ServiceContext } from './context';
import { invalidField } from './errors';
import { assertShiftCanClose } from './handover-gate';
import { checkSignInPin } from './pin-check';
import { rosterPlan } from './roster';
import type { Handlers } from './handlers';

const refOf = (ctx: ServiceContext, id: string): AgentRef => ({ id, name: getAgent(ctx.db, id)?.name ?? '' });

/**
 * Who is rostered at `at`, who was signed in then, and whose shift starts next. `plan` is the roster read
 * for instants from `at` on (a caller that also needs it reads it once).
 */
export function onDuty(
  ctx: ServiceContext,
  at: number,
  plan: RosterPlan = rosterPlan(ctx, at),
): {
  scheduled: { id: string; name: string }[];
  signedIn: { id: string; name: string } | null;
  next: { agent: { id: string; name: string }; startsAt: number } | null;
} {
  const scheduled = onDutyAt(shiftsBetween(plan, at, at + 1), at).map((id) => refOf(ctx, id));
  const session = sessionAt(ctx.db, at);
  const next = nextShiftAfter(plan, at);
  return {
    scheduled,
    signedIn: session ? refOf(ctx, session.agentId) : null,
    next: next ? { agent: refOf(ctx, next.agentId), startsAt: next.start } : null,
  };
}

/**
 * The hours from `from` to `to` with nobody (or nobody all hour) on duty, merged into ranges. `plan` is
 * the roster read for instants from `from` on.
 */
export function coverageGaps(
  ctx: ServiceContext,
  from: number,
  to: number,
  plan: RosterPlan = rosterPlan(ctx, from),
): { start: number; end: number }[] {
  const start = hourStart(from, plan.utcOffsetMinutes);
  const ranges: TimeRange[] = gapRanges(
    coverageHours(shiftsBetween(plan, start, to), start, to, plan.utcOffsetMinutes),
  );
  return ranges;
}

export function dutyStatus(ctx: ServiceContext): DutyStatus {
  const now = ctx.now();
  const plan = rosterPlan(ctx, now);
  const open = ctx.signedIn ? openSessionAt(ctx.db, ctx.terminal) : undefined;
  const next = nextShiftAfter(plan, now);
  return {
    now,
    signedIn: ctx.signedIn ? (getAgentProfile(ctx.db, ctx.agentId) ?? null) : null,
    session: open ? { id: open.id, startedAt: open.startedAt } : null,
    scheduled: onDutyAt(shiftsBetween(plan, now, now + 1), now).map((id) => refOf(ctx, id)),
    next: next ? { agent: refOf(ctx, next.agentId), startsAt: next.start } : null,
    utcOffsetMinutes: plan.utcOffsetMinutes,
  };
}

/**
 * Signs an agent in at the terminal, with their PIN if they have one. If someone else is signed in there,
 * this is a switch: their session ends (kind "switch") and the terminal acts for the new agent from now on;
 * other terminals keep their own sign-ins. A switch hands the
 * keyboard over — two agents may share a workstation within their shifts — so it does not pass the
 * handover gate; signing out, which closes the shift, does.
 */
export function signIn(ctx: ServiceContext, input: ParsedInputOf<'duty.signIn'>): DutyStatus {
  const agent = getAgentProfile(ctx.db, input.agentId);
  if (!agent?.active) throw invalidField('agentId', 'duty.issues.agentInactive', 'no such active agent');
  checkSignInPin(ctx, agent.id, input.pin);
  const now = ctx.now();
  ctx.db
    .transaction(() => {
      const open = openSessionAt(ctx.db, ctx.terminal);
      if (open?.agentId === agent.id) return;
      if (open) {
        endSession(ctx.db, {
          id: open.id,
          endedAt: now,
          endKind: 'switch',
          endedBy: agent.id,
          overrideReason: null,
        });
      }
      insertSession(ctx.db, { id: uuidv7(now), agentId: agent.id, startedAt: now, terminalId: ctx.terminal });
    })
    .immediate();
  // The terminal's next request acts for the new agent; this answer already does.
  return dutyStatus({ ...ctx, agentId: agent.id, signedIn: true });
}

/**
 * Ends the shift of the agent signed in at the terminal. The handover gate decides whether the shift may close; a lead may
 * override it with a reason, which the session keeps beside the gate's own record.
 */
export function signOut(ctx: ServiceContext, input: ParsedInputOf<'duty.signOut'>): DutyStatus {
  const now = ctx.now();
  ctx.db
    .transaction(() => {
      const open = openSessionAt(ctx.db, ctx.terminal);
      if (!open) return;
      assertShiftCanClose(ctx, open.agentId, input.override);
      endSession(ctx.db, {
        id: open.id,
        endedAt: now,
        endKind: 'sign_out',
        endedBy: open.agentId,
        overrideReason: input.override?.reason ?? null,
      });
    })
    .immediate();
  return dutyStatus({ ...ctx, signedIn: false });
}

export function dutySessions(ctx: ServiceContext, input: ParsedInputOf<'duty.sessions'>): DutySession[] {
  return recentSessions(ctx.db, input.limit);
}

/** The operations of core/duty.ts (`dutyOperations`), bound to the functions above. */
export const dutyHandlers: Handlers<typeof dutyOperations> = {
  'duty.status': dutyStatus,
  'duty.signIn': signIn,
  'duty.signOut': signOut,
  'duty.sessions': dutySessions,
};
