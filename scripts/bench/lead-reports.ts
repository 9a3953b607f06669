// The lead reports' benchmark: DESIGN.md's target is each report over 90 days in under 200 ms. The generated
// desk has cases and timelines but no clock outcomes or shift history, so both are written here in bulk:
// three clock cycles per case (one in ten breached), and three eight-hour shifts a day, each with a
// handover read back, over the whole span of the cases.
import type { Db } from '../../db/open';
import { uuidv7 } from '../../db/ids';
import { openNow, openSpans, volumePeriods, volumeShares } from '../../db/queries/volume-report';
import { ROSTERED_SQL, SIGNED_IN_SQL, arrivalsSql } from '../../db/queries/coverage-report';
import {
  HANDOVERS_GIVEN_SQL,
  READ_BACKS_SQL,
  caseWorkSql,
  firstResponsesSql,
} from '../../db/queries/agents-report';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Writes the clock outcomes and shifts the reports read (once: a desk kept by `--desk` has them from its
 * first run, and a second writing would double them); returns the instant the newest case was created.
 */
export function fillReportHistory(db: Db, agentIds: readonly string[]): number {
  const span = db.prepare('SELECT min(created_at) AS first, max(created_at) AS last FROM cases').get() as {
    first: number;
    last: number;
  };
  const written = db.prepare('SELECT 1 FROM duty_sessions WHERE started_at = ?').get(span.first);
  if (written) return span.last;
  const breached = `(unicode(substr(id, -1)) % 10) = 0`;
  db.transaction(() => {
    for (const [clock, dueAfter, metAfter] of [
      ['firstResponse', 4 * HOUR, HOUR],
      ['nextUpdate', 8 * HOUR, 3 * HOUR],
      ['resolution', 3 * DAY, DAY],
    ] as const) {
      db.prepare(
        `INSERT OR IGNORE INTO sla_outcomes (case_id, clock, started_at, severity, outcome, due_at, at)
         SELECT id, ?, created_at, severity, CASE WHEN ${breached} THEN 'breached' ELSE 'met' END,
           created_at + ?, created_at + CASE WHEN ${breached} THEN ? ELSE ? END FROM cases`,
      ).run(clock, dueAfter, dueAfter, metAfter);
    }
    const session = db.prepare(
      `INSERT INTO duty_sessions (id, agent_id, started_at, ended_at, end_kind, ended_by)
       VALUES (?, ?, ?, ?, 'sign_out', ?)`,
    );
    const handover = db.prepare(
      `INSERT INTO handovers (id, from_agent_id, to_agent_id, status, document, case_count, severity_a_count,
         search_text, created_at, acknowledged_at) VALUES (?, ?, ?, 'acknowledged', '{}', 0, 0, '', ?, ?)`,
    );
    let n = 0;
    for (let at = span.first; at + 8 * HOUR < span.last; at += 8 * HOUR, n++) {
      const agent = agentIds[n % agentIds.length]!;
      const next = agentIds[(n + 1) % agentIds.length]!;
      const end = at + 8 * HOUR;
      session.run(uuidv7(at), agent, at, end, agent);
      handover.run(uuidv7(end), agent, next, end - 20 * 60_000, end + ((n % 7) + 1) * 60_000);
    }
  })();
  return span.last;
}

/** The bare engine's answer to each report's question over [from, to): the aggregates, without periods. */
export function bareReports(db: Db) {
  const tallies = db.prepare(
    `SELECT clock, severity, outcome, count(*) FROM sla_outcomes WHERE at >= ? AND at < ?
     GROUP BY clock, severity, outcome`,
  );
  const breaches = db.prepare(
    `SELECT * FROM sla_outcomes WHERE at >= ? AND at < ? AND outcome = 'breached' ORDER BY at DESC LIMIT 200`,
  );
  const shifts = db.prepare('SELECT count(*) FROM duty_sessions WHERE ended_at >= ? AND ended_at < ?');
  const handovers = db.prepare(
    `SELECT count(*), sum(acknowledged_at - created_at) FROM handovers WHERE created_at >= ? AND created_at < ?`,
  );
  return {
    sla: (from: number, to: number) => {
      tallies.all(from, to);
      breaches.all(from, to);
    },
    handovers: (from: number, to: number) => {
      shifts.all(from, to);
      handovers.all(from, to);
    },
    ...staffingBaselines(db),
  };
}

/**
 * The coverage and agents reports' own SQL on the bare connection, as the service runs it (the same
 * statements, the same parameters; no roster expansion, periods or merging around them).
 */
function staffingBaselines(db: Db) {
  const off = 480 * 60_000;
  const arrivals = arrivalsSql({});
  const arrived = db.prepare(arrivals.sql);
  const signedIn = db.prepare(SIGNED_IN_SQL);
  const rostered = db.prepare(ROSTERED_SQL);
  const work = [caseWorkSql({}), firstResponsesSql({})].map((q) => db.prepare(q.sql));
  const given = db.prepare(HANDOVERS_GIVEN_SQL);
  const readBacks = db.prepare(READ_BACKS_SQL);
  return {
    coverage: (from: number, to: number) => {
      arrived.all({ from, to, off });
      signedIn.all({ from, to, off, now: to });
      rostered.all({ from, to, off, shifts: '[]' });
    },
    agents: (from: number, to: number) => {
      const periods = JSON.stringify([[from, to]]);
      for (const s of work) s.all({ periods });
      given.all({ periods, agentId: null });
      readBacks.all({ periods, agentId: null });
    },
  };
}

/**
 * The times report's floor on the bare engine: every reply, call and status change of the range read once
 * (as the report reads them, by when they happened), each with its case's creation, the longest elapsed
 * time per kind: the same rows, with none of the report's work of finding first responses and last
 * resolutions, taking paused time out and ranking. The volume report's own SQL on the bare engine, per day over [from, to): the
 * statements the service runs (db/queries/volume-report.ts), without the service around them.
 */
export function bareTimesVolumeReports(db: Db) {
  const days = (from: number, to: number) =>
    Array.from({ length: Math.ceil((to - from) / DAY) }, (_, i) => ({
      key: String(i),
      start: from + i * DAY,
      end: Math.min(to, from + (i + 1) * DAY),
    }));
  const clockEvents = db.prepare(
    `SELECT e.kind, max(e.at - c.created_at) AS worst, count(*) AS n FROM case_events e
     CROSS JOIN cases c ON c.id = e.case_id
     WHERE e.at >= ? AND e.at < ? AND e.kind IN ('reply', 'call', 'status_changed') GROUP BY e.kind`,
  );
  return {
    times: (from: number, to: number) => void clockEvents.all(from, to),
    volume: (from: number, to: number) => {
      volumePeriods(db, [...days(from, to), { key: 'later', start: to, end: Number.MAX_SAFE_INTEGER }], {});
      openNow(db, {});
      openSpans(db, from + DAY, to, {});
      volumeShares(db, from, to, {});
    },
  };
}

/**
 * The generated desk's closed cases carry no status change to done; the times and volume reports read
 * those: each closed case is resolved a day after it was logged, from in progress, and closed an hour later
 * (once, as the history above).
 */
export function fillResolutions(db: Db): void {
  const written = db
    .prepare(
      `SELECT 1 FROM cases c JOIN case_events e INDEXED BY case_events_clock_case ON e.case_id = c.id
       WHERE c.status = 'closed' AND e.kind IN ('reply', 'call', 'status_changed')
         AND e.kind = 'status_changed' AND e.at = c.created_at + ? LIMIT 1`,
    )
    .get(DAY);
  if (written) return;
  const insert = db.prepare(
    `INSERT INTO case_events (id, case_id, agent_id, at, kind, payload)
     SELECT lower(hex(randomblob(16))), c.id, c.created_by, c.created_at + ?, 'status_changed', json(?)
     FROM cases c WHERE c.status = 'closed'`,
  );
  db.transaction(() => {
    insert.run(DAY, JSON.stringify({ from: 'in_progress', to: 'resolved' }));
    insert.run(DAY + HOUR, JSON.stringify({ from: 'resolved', to: 'closed' }));
  })();
}
