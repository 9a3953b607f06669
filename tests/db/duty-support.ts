// Shared set-up for the duty tests: a real desk on a temp SQLite file, with a clock the test sets, at
// China Standard Time (the roster's default offset).
import type { AgentProfile } from '../../core/agents';
import type { InputOf, OperationName, OutputOf } from '../../core/api';
import type { ApiError } from '../../core/errors';
import { dayStart, parseHhmm } from '../../core/local-time';
import { MINUTE } from '../../core/time';
import { openDesk, type Desk } from '../../electron/services/desk';
import { tempDbPath } from '../helpers/temp-db';
import { failure, value } from './case-support';

/** A Monday. */
export const MON = '2026-03-02';
/** An instant in China Standard Time. */
export const cst = (date: string, hhmm: string) => dayStart(date, 480) + parseHhmm(hhmm)! * MINUTE;

export interface DutyDesk {
  desk: Desk;
  now: number;
  /** Runs an operation for its result, typed by its name; the input defaults to none. */
  call<K extends OperationName>(name: K, input?: InputOf<K>): OutputOf<K>;
  fail(name: OperationName, input?: unknown): ApiError;
  /** Creates an agent as the signed-in lead. */
  agent(name: string, extra?: { role?: 'agent' | 'lead'; pin?: string; languages?: string[] }): AgentProfile;
  /** Signs out the signed-in lead past the handover gate (this test desk writes no handovers). */
  signOut(): void;
}

export function openDutyDesk(dbPath = tempDbPath(), start = cst(MON, '09:00')): DutyDesk {
  const state = { now: start };
  const desk = openDesk({
    dbPath,
    version: '0.0.0-test',
    now: () => state.now,
    log: (error) => {
      throw error;
    },
  });
  const call = <K extends OperationName>(name: K, input: InputOf<K> | object = {}) =>
    value<OutputOf<K>>(desk.dispatch(name, input));
  return {
    desk,
    get now() {
      return state.now;
    },
    set now(ms: number) {
      state.now = ms;
    },
    call,
    fail: (name, input = {}) => failure(desk.dispatch(name, input)),
    agent: (name, extra = {}) =>
      call('agents.create', { name, role: 'agent', languages: ['zh-CN'], ...extra }),
    signOut: () => void call('duty.signOut', { override: { reason: '测试：无交接班' } }),
  };
}
