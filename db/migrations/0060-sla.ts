import type { Database } from 'better-sqlite3';
import {
  computeSla,
  hasDueWork,
  nextCheckAt,
  nextDue,
  SLA_CLOCKS,
  slaStateOf,
  type SlaClocks,
} from '../../core/sla';
import { policyFrom } from '../../core/sla-settings';
import { slaEventsForCases, toSlaEvents } from '../queries/sla-events';
import type { Migration } from './types';

/** Sorts after every real due time: cases with no running clock come last in "time to breach" order. */
const NEVER = 9007199254740991;

// SLA clocks in the case list, and the record of how each clock ended.
// - cases.next_due_at: the wall time the first running clock runs out (in the past once overdue); null
//   while paused or done. A running clock's due time does not move while nothing happens to the case, so
//   the column is written only when something does (an event, a policy change), never as time passes.
// - cases.sla_state: running | paused | breached | done, for the "breached" filter (a paused case can be
//   overdue too, with no due time).
// - cases.sla_check_at: when the SLA watch next has work for the case (a warning offset, a due time), so that
//   each pass reads only the cases that need it, however many are long overdue.
// - sla_outcomes: one row per clock cycle that was met or breached, so that reports count met vs breached.
// - sla_alerts: each pre-breach warning (once per clock cycle and offset) and each breach, for the alert area.
export const sla: Migration = {
  version: 60,
  name: 'sla',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN next_due_at INTEGER;
      ALTER TABLE cases ADD COLUMN sla_state TEXT NOT NULL DEFAULT 'running'
        CHECK (sla_state IN ('running', 'paused', 'breached', 'done'));
      -- One index for the "time to breach" sort, its keyset paging and the "due within" filter alike.
      CREATE INDEX cases_due ON cases (coalesce(next_due_at, ${NEVER}), id);
      CREATE INDEX cases_sla_breached ON cases (id) WHERE sla_state = 'breached';
      ALTER TABLE cases ADD COLUMN sla_check_at INTEGER;
      CREATE INDEX cases_sla_check ON cases (sla_check_at) WHERE sla_check_at IS NOT NULL;

      CREATE TABLE sla_outcomes (
        case_id TEXT NOT NULL REFERENCES cases (id),
        clock TEXT NOT NULL CHECK (clock IN ('firstResponse', 'nextUpdate', 'resolution')),
        -- The cycle: creation, or for next update the reply or call it ran from.
        started_at INTEGER NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('A', 'B', 'C')),
        outcome TEXT NOT NULL CHECK (outcome IN ('met', 'breached')),
        due_at INTEGER NOT NULL,
        -- When it was met, or when the target ran out.
        at INTEGER NOT NULL,
        PRIMARY KEY (case_id, clock, started_at)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sla_outcomes_at ON sla_outcomes (at, clock, outcome);

      CREATE TABLE sla_alerts (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id),
        clock TEXT NOT NULL CHECK (clock IN ('firstResponse', 'nextUpdate', 'resolution')),
        started_at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('warning', 'breach')),
        offset_min INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        at INTEGER NOT NULL,
        -- Offsets crossed together (a late start, a tightened policy) are recorded but only the most urgent shows.
        silent INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0, 1)),
        read_at INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX sla_alerts_once ON sla_alerts (case_id, clock, started_at, kind, offset_min);
      CREATE INDEX sla_alerts_recent ON sla_alerts (at) WHERE silent = 0;
      CREATE INDEX sla_alerts_case ON sla_alerts (case_id) WHERE read_at IS NULL;

      UPDATE cases SET sla_state = 'done' WHERE status IN ('resolved', 'closed');
    `);
    backfill(db, Date.now());
  },
};

/**
 * Clocks for the cases already in the log, under the policy in the settings: due times and states for
 * open cases, and the outcome of every clock that has finished. A clock overdue right now is left to the
 * first scan after start, which records its breach on the timeline and raises the alert as it would have.
 */
function backfill(db: Database, now: number): void {
  const stored = db.prepare(`SELECT value FROM settings WHERE key = 'slaPolicy'`).pluck().get() as
    string | undefined;
  const policy = policyFrom(stored === undefined ? undefined : JSON.parse(stored));
  const ids = db.prepare('SELECT id FROM cases ORDER BY id').pluck().all() as string[];
  const open = new Set(
    db.prepare(`SELECT id FROM cases WHERE status NOT IN ('resolved', 'closed')`).pluck().all() as string[],
  );
  const setCase = db.prepare(
    'UPDATE cases SET next_due_at = ?, sla_state = ?, sla_check_at = ? WHERE id = ?',
  );
  const outcome = db.prepare(
    `INSERT OR IGNORE INTO sla_outcomes (case_id, clock, started_at, severity, outcome, due_at, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < ids.length; i += 500) {
    for (const [caseId, rows] of slaEventsForCases(db, ids.slice(i, i + 500))) {
      if (!rows.some((r) => r.kind === 'created')) continue;
      const clocks = computeSla(toSlaEvents(rows), policy, now);
      // The case row's status is the truth for what is open; the clocks say when things are due.
      if (open.has(caseId)) {
        // Overdue clocks and crossed warnings are the first pass's work (the timeline and the alerts).
        const checkAt = hasDueWork(clocks, policy.warnBeforeMin, now)
          ? now
          : nextCheckAt(clocks, policy.warnBeforeMin, now);
        setCase.run(nextDue(clocks)?.dueAt ?? null, slaStateOf(clocks), checkAt, caseId);
      }
      for (const [clock, c] of finished(clocks)) {
        const met = c.state === 'met';
        const dueAt = met ? c.metAt! + c.remainingMs : c.breachedAt!;
        const row = [
          caseId,
          clock,
          c.startedAt,
          clocks.severity,
          met ? 'met' : 'breached',
          dueAt,
          met ? c.metAt : dueAt,
        ];
        outcome.run(...row);
      }
    }
  }
}

function finished(clocks: SlaClocks) {
  return SLA_CLOCKS.flatMap((name) => {
    const c = clocks[name];
    return c && c.metAt !== null ? [[name, c] as const] : [];
  });
}
