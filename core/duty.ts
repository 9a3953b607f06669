// Duty on the shared workstation: who is signed in (and so answers for every change), the roster, and its
// coverage. The roster arithmetic itself is in roster.ts.
import { z } from 'zod';
import type { AgentProfile } from './agents';
import type { AgentRef } from './domain';
import { MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES, parseHhmm, type LocalDate } from './local-time';
import type { CoverageHour, PatternShift, RosterException, TimeRange } from './roster';
import { COVERAGE_DAYS } from './roster';
import { id, localDate, optionalText, requiredText } from './validation';
import { ANYONE, noInput, reads, writes } from './operation';

export interface DutyStatus {
  /** The service's clock when the status was read, so that the UI measures from the same instant. */
  now: number;
  /** Who is signed in at this workstation; every change is attributed to them. */
  signedIn: AgentProfile | null;
  /** Their sign-in (the shift on duty), since `startedAt`. */
  session: { id: string; startedAt: number } | null;
  /** Rostered for this instant. */
  scheduled: AgentRef[];
  /** The next shift to start after now. */
  next: { agent: AgentRef; startsAt: number } | null;
  utcOffsetMinutes: number;
}

export const SESSION_END_KINDS = ['sign_out', 'switch'] as const;
export type SessionEndKind = (typeof SESSION_END_KINDS)[number];

/** One sign-in: an agent's shift on duty at the workstation. */
export interface DutySession {
  id: string;
  agent: AgentRef;
  startedAt: number;
  endedAt: number | null;
  /** How it ended: the agent signed out, or another agent signed in (a switch). */
  endKind: SessionEndKind | null;
  /** Who ended it: the agent themselves, or the one who switched in. */
  endedBy: AgentRef | null;
  /** Set when a lead closed the shift past the handover gate, with their reason. */
  overrideReason: string | null;
}

export interface Roster {
  pattern: PatternShift[];
  exceptions: RosterException[];
  utcOffsetMinutes: number;
}

export interface CoverageView {
  /** Midnight (local) of the first day. */
  from: number;
  to: number;
  now: number;
  utcOffsetMinutes: number;
  /** The local dates shown, one row each. */
  days: LocalDate[];
  /** `days.length * 24` hours, in order. */
  hours: CoverageHour[];
  /** Hours from now on that are not fully covered, merged. */
  gaps: TimeRange[];
  /** Names for every agent id in `hours`. */
  agents: AgentRef[];
}

/** A lead closing a shift although the handover gate objects, and why. */
export const overrideInput = z.object({ reason: requiredText(500) }).strict();

const clockTime = z
  .string({ message: 'validation.required' })
  .max(20, 'validation.tooLong')
  .trim()
  .refine((text) => parseHhmm(text) !== null, 'validation.invalid');
const note = optionalText(200).default('');

const shiftFields = {
  weekday: z
    .number({ message: 'validation.choose' })
    .int()
    .min(1, 'validation.choose')
    .max(7, 'validation.choose'),
  start: clockTime,
  end: clockTime,
  agentId: id,
};

export const rosterRemoveInput = z.object({ id }).strict();

/** Sign-in at a terminal, and the duty sessions it records. Implemented by electron/services/duty.ts. */
export const dutyOperations = {
  'duty.status': reads<DutyStatus>()(noInput),
  'duty.signIn': writes<DutyStatus>()(
    z
      .object({
        agentId: id,
        // Not checked for shape: a PIN of the wrong shape is simply a wrong PIN.
        pin: z.string().max(64, 'validation.tooLong').optional(),
        /** When signing in closes another agent's shift (a switch) that the handover gate holds open. */
        override: overrideInput.optional(),
      })
      .strict(),
    ANYONE,
  ),
  'duty.signOut': writes<DutyStatus>()(z.object({ override: overrideInput.optional() }).strict()),
  'duty.sessions': reads<DutySession[]>()(
    z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
  ),
};

/** The roster and its coverage. Implemented by electron/services/roster.ts. */
export const rosterOperations = {
  'roster.get': reads<Roster>()(noInput),
  'roster.addShift': writes<Roster>()(z.object(shiftFields).strict()),
  'roster.updateShift': writes<Roster>()(z.object({ id, ...shiftFields }).strict()),
  'roster.removeShift': writes<Roster>()(rosterRemoveInput),
  'roster.addException': writes<Roster>()(
    z.discriminatedUnion('kind', [
      z
        .object({ kind: z.literal('leave'), agentId: id, fromDate: localDate, toDate: localDate, note })
        .strict(),
      z.object({ kind: z.literal('swap'), agentId: id, coverAgentId: id, date: localDate, note }).strict(),
      z
        .object({
          kind: z.literal('extra'),
          agentId: id,
          date: localDate,
          start: clockTime,
          end: clockTime,
          note,
        })
        .strict(),
    ]),
  ),
  'roster.removeException': writes<Roster>()(rosterRemoveInput),
  'roster.setUtcOffset': writes<Roster>()(
    z
      .object({
        utcOffsetMinutes: z
          .number()
          .int()
          .min(MIN_UTC_OFFSET_MINUTES, 'validation.invalid')
          .max(MAX_UTC_OFFSET_MINUTES, 'validation.invalid')
          .refine((m) => m % 15 === 0, 'validation.invalid'),
      })
      .strict(),
  ),
  'roster.coverage': reads<CoverageView>()(
    z.object({ days: z.number().int().min(1).max(92).default(COVERAGE_DAYS) }).strict(),
  ),
};
