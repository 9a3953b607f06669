// Hand-built case logs for the lead reports: real SQLite files, rows written straight into the tables the
// reports read, at instants chosen so that every right answer is known.
import type { InputOf } from '../../core/api';
import { dayStart, parseHhmm } from '../../core/local-time';
import { HOUR, MINUTE } from '../../core/time';
import { uuidv7 } from '../../db/ids';
import { openTestDesk, type TestDesk } from './case-support';

/** An instant in the desk's zone (UTC+8). */
export const cst = (date: string, hhmm: string) => dayStart(date, 480) + parseHhmm(hhmm)! * MINUTE;
export const OFFSET = 480;
export { HOUR, MINUTE };

/** The days the fixtures happen on: Monday 2 March 2026 and the two days after it. */
export const MON = '2026-03-02';
export const TUE = '2026-03-03';
export const WED = '2026-03-04';

type DailyReport =
  | 'leadReports.sla'
  | 'leadReports.times'
  | 'leadReports.volume'
  | 'leadReports.agents'
  | 'leadReports.handovers';

export interface FixtureDesk extends TestDesk {
  agent(name: string): string;
  /** A case created at `at`, with the given fields. */
  caseAt(at: number, extra?: { severity?: 'A' | 'B' | 'C'; channel?: string; ownerId?: string }): string;
  outcome(
    caseId: string,
    clock: string,
    o: { severity?: string; outcome: 'met' | 'breached'; startedAt: number; dueAt: number; at?: number },
  ): void;
  /** A timeline event, by the desk's first agent unless `agentId` says who. */
  event(caseId: string, at: number, kind: string, payload?: object, agentId?: string): void;
  /** A handover written by `from` at `at`, read back as `ack` says. */
  handover(from: string, at: number, status: string, ack?: { by: string; at: number }): void;
  session(
    agentId: string,
    from: number,
    to: number | null,
    end?: { kind?: 'sign_out' | 'switch'; overrideReason?: string },
  ): void;
}

export function openFixtureDesk(): FixtureDesk {
  const t = openTestDesk();
  const db = t.desk.db;
  const customer = t.customer();
  const someone = (db.prepare('SELECT id FROM agents LIMIT 1').pluck().get() as string) ?? '';
  return {
    ...t,
    agent: (name) => {
      const id = uuidv7();
      db.prepare('INSERT INTO agents (id, name, created_at) VALUES (?, ?, 0)').run(id, name);
      return id;
    },
    caseAt: (at, extra = {}) => {
      const c = t.newCase(customer.id, '客户无法登录 Outlook', {
        severity: extra.severity ?? 'B',
        channel: (extra.channel ?? 'phone') as 'phone',
      });
      db.prepare('UPDATE cases SET created_at = ?, owner_id = coalesce(?, owner_id) WHERE id = ?').run(
        at,
        extra.ownerId ?? null,
        c.id,
      );
      return c.id;
    },
    outcome: (caseId, clock, o) => {
      db.prepare(
        `INSERT OR REPLACE INTO sla_outcomes (case_id, clock, started_at, severity, outcome, due_at, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(caseId, clock, o.startedAt, o.severity ?? 'B', o.outcome, o.dueAt, o.at ?? o.dueAt);
    },
    event: (caseId, at, kind, payload = {}, agentId = someone) => {
      db.prepare(
        'INSERT INTO case_events (id, case_id, agent_id, at, kind, payload) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(uuidv7(), caseId, agentId, at, kind, JSON.stringify(payload));
    },
    handover: (from, at, status, ack) => {
      db.prepare(
        `INSERT INTO handovers (id, from_agent_id, to_agent_id, status, document, case_count, severity_a_count,
           search_text, created_at, acknowledged_at) VALUES (?, ?, ?, ?, '{}', 0, 0, '', ?, ?)`,
      ).run(uuidv7(), from, ack?.by ?? null, status, at, ack?.at ?? null);
    },
    session: (agentId, from, to, end = {}) => {
      const ended = to !== null;
      db.prepare(
        `INSERT INTO duty_sessions (id, agent_id, started_at, ended_at, end_kind, ended_by, override_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        uuidv7(),
        agentId,
        from,
        to,
        ended ? (end.kind ?? 'sign_out') : null,
        ended ? agentId : null,
        end.overrideReason ?? null,
      );
    },
  };
}

/** The lead report `name` per local day, from Monday's start to Wednesday's (or `to`), with `filters`. */
export const dailyReport =
  <K extends DailyReport>(name: K) =>
  (t: FixtureDesk, filters = {}, to = cst(WED, '00:00')) =>
    t.call(name, {
      from: cst(MON, '00:00'),
      to,
      granularity: 'day',
      utcOffsetMin: OFFSET,
      filters,
    } as InputOf<K>);
