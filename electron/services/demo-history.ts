import { addDays, dayStart, localDateOf } from '../../core/local-time';
import type { HandoverDocument } from '../../core/handover';
import { shiftsBetween } from '../../core/roster';
import { HOUR, MINUTE } from '../../core/time';
import { handoverSearchText } from '../../core/handover-compose';
import { uuidv7 } from '../../db/ids';
import { endSession, insertSession } from '../../db/queries/duty';
import { agentNames } from '../../db/queries/handover-compose';
import {
  appendHandoverEvent,
  insertHandover,
  setAcknowledged,
  setHandoverStatus,
} from '../../db/queries/handover';
import type { ServiceContext } from './context';
import { rosterPlan, utcOffsetOf } from './roster';

/** How far back the demo desk's shift history reaches. */
export const HISTORY_DAYS = 42;
// Its own terminal: the desk's first sign-in may be open on the demo's while this history is written.
const TERMINAL = 'demo-history';

const QUIET_NOTES = [
  '本班无新增紧急事项，待处理案例均已跟进。',
  '已与世纪互联确认工单进度，详情见案例时间线。',
  'Quiet shift: all open cases followed up, nothing urgent to pass on.',
];

/** A handover of a shift whose cases were all followed up: no items, a note for the next agent. */
const quietDocument = (at: number, notes: string): HandoverDocument => ({
  composedAt: at,
  items: [],
  casesNone: true,
  watch: [],
  watchNone: true,
  notes,
  notesNone: false,
  summary: { total: 0, bySeverity: { A: 0, B: 0, C: 0 }, breached: 0, atRisk: 0, waitingOn21v: 0 },
  previousId: null,
});

/**
 * The last six weeks of shifts as they went, on the desk's clock: each rostered shift signed in a few
 * minutes after it starts (two hours late on every ninth, so that some hours had nobody on duty), the
 * evening shift signing out after midnight, and a handover at every sign-out, read back by the next agent
 * within the hour — except every eighth, left unread until the same agent's next one replaced it.
 * Deterministic: the same roster and clock give the same history.
 */
export function fillDemoHistory(ctx: ServiceContext, team: readonly string[]): void {
  if (team.length === 0) return;
  const now = ctx.now();
  const offset = utcOffsetOf(ctx);
  const today = localDateOf(now, offset);
  const from = dayStart(addDays(today, -HISTORY_DAYS), offset);
  const to = dayStart(today, offset);
  const names = agentNames(ctx.db, team);
  const shifts = shiftsBetween(rosterPlan(ctx, from), from, to).filter((s) => s.start >= from);
  const sessions = shifts.map((s, k) => ({
    agentId: s.agentId,
    start: s.start + (k % 9 === 4 ? 2 * HOUR : ((k * 7) % 11) * MINUTE),
    end: s.end + (k % 3 === 1 ? (10 + ((k * 5) % 21)) * MINUTE : ((k * 3) % 8) * MINUTE),
  }));
  const pendingOf = new Map<string, string>();
  sessions.forEach((s, k) => {
    if (s.end >= now) return;
    const id = uuidv7(s.start);
    insertSession(ctx.db, { id, agentId: s.agentId, startedAt: s.start, terminalId: TERMINAL });
    const at = s.end - 10 * MINUTE;
    const handoverId = uuidv7(at);
    const earlier = pendingOf.get(s.agentId);
    if (earlier) {
      setHandoverStatus(ctx.db, earlier, 'superseded');
      event(ctx, earlier, s.agentId, at, 'superseded', { by: handoverId });
      pendingOf.delete(s.agentId);
    }
    const document = quietDocument(at, QUIET_NOTES[k % QUIET_NOTES.length]!);
    insertHandover(ctx.db, {
      id: handoverId,
      fromAgentId: s.agentId,
      toAgentId: null,
      status: 'pending',
      document,
      createdAt: at,
      acknowledgedAt: null,
      searchText: handoverSearchText(document, names.get(s.agentId) ?? ''),
    });
    event(ctx, handoverId, s.agentId, at, 'submitted', { cases: 0, superseded: earlier ? [earlier] : [] });
    endSession(ctx.db, { id, endedAt: s.end, endKind: 'sign_out', endedBy: s.agentId, overrideReason: null });
    // Left unread only when the same agent writes again later, so that nothing is still pending today.
    const writesAgain = sessions.slice(k + 1).some((x) => x.agentId === s.agentId && x.end < now);
    if (k % 8 === 5 && writesAgain) {
      pendingOf.set(s.agentId, handoverId);
      return;
    }
    const next = sessions[k + 1];
    const reader = next?.agentId ?? team[0]!;
    const readAt = Math.min(
      Math.max(next?.start ?? s.end, s.end) + (5 + ((k * 13) % 41)) * MINUTE,
      now - MINUTE,
    );
    setAcknowledged(ctx.db, handoverId, reader, readAt);
    event(ctx, handoverId, reader, readAt, 'acknowledged', { confirmed: 0 });
  });
}

function event(
  ctx: ServiceContext,
  handoverId: string,
  agentId: string,
  at: number,
  kind: 'submitted' | 'acknowledged' | 'superseded',
  payload: Record<string, unknown>,
) {
  appendHandoverEvent(ctx.db, { id: uuidv7(at), handoverId, agentId, at, kind, payload });
}
