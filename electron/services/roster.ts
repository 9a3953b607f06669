import type { ParsedInputOf } from '../../core/api';
import type { AgentRef } from '../../core/domain';
import type { CoverageView, Roster, rosterOperations } from '../../core/duty';
import {
  addDays,
  daysBetween,
  dayStart,
  DEFAULT_UTC_OFFSET_MINUTES,
  localDateOf,
  parseHhmm,
} from '../../core/local-time';
import {
  coverageHours,
  gapRanges,
  shiftsBetween,
  shiftSpan,
  type PatternShift,
  type RosterException,
  type RosterPlan,
} from '../../core/roster';
import { DAY, HOUR, MINUTES_PER_DAY } from '../../core/time';
import { uuidv7 } from '../../db/ids';
import { getAgentProfile, listAgentProfiles } from '../../db/queries/agents';
import {
  deleteException,
  deletePatternShift,
  getPatternShift,
  insertException,
  insertPatternShift,
  listExceptions,
  listPattern,
  updatePatternShift,
} from '../../db/queries/roster';
import { readSetting, writeSetting } from '../../db/queries/settings';
import { requireLead } from './lead';
import { recordPattern } from '../../db/queries/roster-history';
import type { ServiceContext } from './context';
import { invalidField, notFound } from './errors';
import type { Handlers } from './handlers';

const OFFSET_KEY = 'duty.utcOffsetMinutes';
/** Leave longer than a year is a data-entry slip, not leave. */
const MAX_LEAVE_DAYS = 366;

/** The workstation's fixed offset from UTC (China Standard Time unless the lead sets another). */
export function utcOffsetOf(ctx: ServiceContext): number {
  const stored = readSetting(ctx.db, OFFSET_KEY);
  return typeof stored === 'number' ? stored : DEFAULT_UTC_OFFSET_MINUTES;
}

/**
 * The roster as the pure arithmetic takes it, for instants from `from` on. Only active agents' rows count
 * (deactivation is refused while an agent is rostered, so this only guards older data).
 */
export function rosterPlan(ctx: ServiceContext, from: number): RosterPlan {
  const utcOffsetMinutes = utcOffsetOf(ctx);
  const active = new Set(listAgentProfiles(ctx.db, false).map((a) => a.id));
  // A leave or swap matters to shifts from the day before `from` on (a night shift reaches into `from`).
  const since = addDays(localDateOf(from, utcOffsetMinutes), -1);
  return {
    utcOffsetMinutes,
    pattern: listPattern(ctx.db).filter((s) => active.has(s.agentId)),
    exceptions: listExceptions(ctx.db, since).filter(
      (e) => active.has(e.agentId) && (e.kind !== 'swap' || active.has(e.coverAgentId)),
    ),
  };
}

/** The pattern, and the exceptions from today on (past ones change nothing any more). */
export function getRoster(ctx: ServiceContext): Roster {
  const utcOffsetMinutes = utcOffsetOf(ctx);
  return {
    pattern: listPattern(ctx.db),
    exceptions: listExceptions(ctx.db, localDateOf(ctx.now(), utcOffsetMinutes)),
    utcOffsetMinutes,
  };
}

function assertActiveAgent(ctx: ServiceContext, field: string, agentId: string): void {
  const agent = getAgentProfile(ctx.db, agentId);
  if (!agent?.active) throw invalidField(field, 'duty.issues.agentInactive', `no active agent ${agentId}`);
}

function assertSpan(start: string, end: string): void {
  if (!shiftSpan(start, end)) {
    const field = parseHhmm(start) === MINUTES_PER_DAY ? 'start' : 'end';
    throw invalidField(field, 'duty.issues.sameTime', `no shift from ${start} to ${end}`);
  }
}

function checkShift(ctx: ServiceContext, shift: Omit<PatternShift, 'id'>, exceptId?: string): void {
  assertActiveAgent(ctx, 'agentId', shift.agentId);
  assertSpan(shift.start, shift.end);
  const same = (s: PatternShift) =>
    s.id !== exceptId &&
    s.weekday === shift.weekday &&
    s.agentId === shift.agentId &&
    parseHhmm(s.start) === parseHhmm(shift.start) &&
    parseHhmm(s.end) === parseHhmm(shift.end);
  if (listPattern(ctx.db).some(same)) {
    throw invalidField('agentId', 'duty.issues.duplicate', 'the same shift is already rostered');
  }
}

const written = <T>(ctx: ServiceContext, change: () => T): Roster => {
  requireLead(ctx);
  ctx.db.transaction(change).immediate();
  return getRoster(ctx);
};

/** A change to the weekly pattern, recorded with the pattern it leaves for reports on the weeks to come. */
const patternWritten = <T>(ctx: ServiceContext, change: () => T): Roster =>
  written(ctx, () => {
    change();
    recordPattern(ctx.db, ctx.now(), listPattern(ctx.db));
  });

export function addShift(ctx: ServiceContext, input: ParsedInputOf<'roster.addShift'>): Roster {
  return patternWritten(ctx, () => {
    const shift = { ...input, weekday: input.weekday as PatternShift['weekday'] };
    checkShift(ctx, shift);
    insertPatternShift(ctx.db, { ...shift, id: uuidv7(ctx.now()), createdAt: ctx.now() });
  });
}

export function updateShift(ctx: ServiceContext, input: ParsedInputOf<'roster.updateShift'>): Roster {
  return patternWritten(ctx, () => {
    if (!getPatternShift(ctx.db, input.id)) throw notFound('shift', input.id);
    const shift = { ...input, weekday: input.weekday as PatternShift['weekday'] };
    checkShift(ctx, shift, input.id);
    updatePatternShift(ctx.db, shift);
  });
}

export function removeShift(ctx: ServiceContext, input: ParsedInputOf<'roster.removeShift'>): Roster {
  return patternWritten(ctx, () => {
    if (!deletePatternShift(ctx.db, input.id)) throw notFound('shift', input.id);
  });
}

export function addException(ctx: ServiceContext, input: ParsedInputOf<'roster.addException'>): Roster {
  return written(ctx, () => {
    assertActiveAgent(ctx, 'agentId', input.agentId);
    if (input.kind === 'leave') {
      const days = daysBetween(input.fromDate, input.toDate);
      if (days < 0) throw invalidField('toDate', 'duty.issues.dateOrder', 'leave ends before it starts');
      if (days >= MAX_LEAVE_DAYS)
        throw invalidField('toDate', 'duty.issues.leaveTooLong', 'leave over a year');
    }
    if (input.kind === 'swap') {
      assertActiveAgent(ctx, 'coverAgentId', input.coverAgentId);
      if (input.coverAgentId === input.agentId) {
        throw invalidField('coverAgentId', 'duty.issues.sameAgent', 'an agent cannot cover themselves');
      }
    }
    if (input.kind === 'extra') assertSpan(input.start, input.end);
    const exception = { ...input, id: uuidv7(ctx.now()) } as RosterException;
    insertException(ctx.db, { ...exception, createdAt: ctx.now() });
  });
}

export function removeException(ctx: ServiceContext, input: ParsedInputOf<'roster.removeException'>): Roster {
  return written(ctx, () => {
    if (!deleteException(ctx.db, input.id)) throw notFound('exception', input.id);
  });
}

export function setUtcOffset(ctx: ServiceContext, input: ParsedInputOf<'roster.setUtcOffset'>): Roster {
  return written(ctx, () => writeSetting(ctx.db, OFFSET_KEY, input.utcOffsetMinutes));
}

/** Day rows × 24 hours from today's local midnight, with who covers each hour and the gaps ahead. */
export function rosterCoverage(ctx: ServiceContext, input: ParsedInputOf<'roster.coverage'>): CoverageView {
  const now = ctx.now();
  const plan = rosterPlan(ctx, now);
  const offset = plan.utcOffsetMinutes;
  const today = localDateOf(now, offset);
  const from = dayStart(today, offset);
  const to = from + input.days * DAY;
  const hours = coverageHours(shiftsBetween(plan, from, to), from, to, offset);
  const names = new Map(listAgentProfiles(ctx.db, true).map((a) => [a.id, a.name]));
  const agents: AgentRef[] = [...new Set(hours.flatMap((h) => h.agentIds))].map((id) => ({
    id,
    name: names.get(id) ?? '',
  }));
  return {
    from,
    to,
    now,
    utcOffsetMinutes: offset,
    days: Array.from({ length: input.days }, (_, i) => addDays(today, i)),
    hours,
    gaps: gapRanges(hours.filter((h) => h.start + HOUR > now)),
    agents,
  };
}

/** The operations of core/duty.ts (`rosterOperations`), bound to the functions above. */
export const rosterHandlers: Handlers<typeof rosterOperations> = {
  'roster.get': getRoster,
  'roster.addShift': addShift,
  'roster.updateShift': updateShift,
  'roster.removeShift': removeShift,
  'roster.addException': addException,
  'roster.removeException': removeException,
  'roster.setUtcOffset': setUtcOffset,
  'roster.coverage': rosterCoverage,
};
