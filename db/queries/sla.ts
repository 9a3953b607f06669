import type { SlaAlert } from '../../core/sla-alerts';
import type { SlaClockName, SlaState } from '../../core/sla';
import type { Severity } from '../../core/domain';
import { stmt, type Db } from '../statements';
import { DONE_STATUS_LIST } from '../sql-lists';

/** Matches the expression of the cases_due index (0060): no running clock sorts last. */
export const NEVER_DUE = 9007199254740991;
export const DUE_KEY = `coalesce(c.next_due_at, ${NEVER_DUE})`;
/**
 * Cases with an overdue clock: recorded as breached, or running past their due time since the last check.
 * A union of two index reads (cases_sla_breached, cases_due); the plain OR would scan every case.
 */
export const OVERDUE_ROWIDS = `(SELECT rowid FROM cases WHERE sla_state = 'breached'
  UNION ALL SELECT rowid FROM cases WHERE coalesce(next_due_at, ${NEVER_DUE}) <= ?)`;

export interface CaseSlaColumns {
  nextDueAt: number | null;
  state: SlaState;
  /** When the watch next has work for the case; null when nothing happens without an event. */
  checkAt: number | null;
}

export function setCaseSla(db: Db, caseId: string, c: CaseSlaColumns): void {
  stmt(db, 'UPDATE cases SET next_due_at = ?, sla_state = ?, sla_check_at = ? WHERE id = ?').run(
    c.nextDueAt,
    c.state,
    c.checkAt,
    caseId,
  );
}

/** The cases the watch has work for by `now` (cases_sla_check index), soonest first. */
export function casesToCheck(db: Db, now: number, limit = 10_000): string[] {
  return stmt<[number, number], string>(
    db,
    'SELECT id FROM cases WHERE sla_check_at <= ? ORDER BY sla_check_at, id LIMIT ?',
  )
    .pluck()
    .all(now, limit);
}

/** Open cases whose first running clock runs out by `bound` (overdue ones included), soonest first. */
export function casesDueBy(db: Db, bound: number, limit = 10_000): string[] {
  return stmt<[number, number], string>(
    db,
    `SELECT c.id FROM cases c WHERE ${DUE_KEY} <= ? ORDER BY ${DUE_KEY}, c.id LIMIT ?`,
  )
    .pluck()
    .all(bound, limit);
}

export function countDueBy(db: Db, bound: number): number {
  return stmt<[number], number>(db, `SELECT count(*) FROM cases c WHERE ${DUE_KEY} <= ?`).pluck().get(bound)!;
}

/**
 * Puts every open case before the SLA watch at once (a new policy): the watch settles them in chunks, and
 * a process stopped halfway leaves the rest marked for its next start. Returns how many.
 */
export function markOpenCasesForCheck(db: Db): number {
  return stmt(db, `UPDATE cases SET sla_check_at = 0 WHERE status NOT IN ${DONE_STATUS_LIST}`).run().changes;
}

export function openCaseIds(db: Db): string[] {
  return stmt<[], string>(db, `SELECT id FROM cases WHERE status NOT IN ${DONE_STATUS_LIST}`).pluck().all();
}

export interface OutcomeRow {
  caseId: string;
  clock: SlaClockName;
  startedAt: number;
  severity: Severity;
  outcome: 'met' | 'breached';
  dueAt: number;
  at: number;
}

/**
 * Records how a clock cycle ended; true when this is the cycle's breach, seen for the first time. A cycle
 * keeps the outcome it was first recorded with, except that a breach overrides "met": a reopened case's
 * resolution clock, met at the first resolution, can still run out.
 */
export function recordOutcome(db: Db, row: OutcomeRow, mayOverrideMet: boolean): boolean {
  const sql = `INSERT INTO sla_outcomes (case_id, clock, started_at, severity, outcome, due_at, at)
    VALUES (@caseId, @clock, @startedAt, @severity, @outcome, @dueAt, @at)
    ON CONFLICT (case_id, clock, started_at) DO ${
      mayOverrideMet
        ? `UPDATE SET outcome = excluded.outcome, due_at = excluded.due_at, at = excluded.at
           WHERE sla_outcomes.outcome = 'met' AND excluded.outcome = 'breached'`
        : 'NOTHING'
    }`;
  return stmt(db, sql).run(row).changes > 0 && row.outcome === 'breached';
}

/** An alert as stored: the clock cycle it belongs to, and whether it was raised silently (already read). */
export interface AlertRow extends Pick<
  SlaAlert,
  'id' | 'caseId' | 'clock' | 'kind' | 'offsetMin' | 'dueAt' | 'at'
> {
  startedAt: number;
  silent: boolean;
}

/** False when this alert (case, clock cycle, kind, offset) was raised before: each fires once. */
export function insertAlert(db: Db, row: AlertRow): boolean {
  return (
    stmt(
      db,
      `INSERT OR IGNORE INTO sla_alerts (id, case_id, clock, started_at, kind, offset_min, due_at, at, silent, read_at)
       VALUES (@id, @caseId, @clock, @startedAt, @kind, @offsetMin, @dueAt, @at, @silent, CASE WHEN @silent THEN @at END)`,
    ).run({ ...row, silent: row.silent ? 1 : 0 }).changes > 0
  );
}

/** A met clock or a finished case needs no more attention: its alerts no longer count as unread. */
export function readAlertsOfCase(db: Db, caseId: string, at: number, clock?: SlaClockName): void {
  if (clock) {
    stmt(db, 'UPDATE sla_alerts SET read_at = ? WHERE case_id = ? AND clock = ? AND read_at IS NULL').run(
      at,
      caseId,
      clock,
    );
  } else {
    stmt(db, 'UPDATE sla_alerts SET read_at = ? WHERE case_id = ? AND read_at IS NULL').run(at, caseId);
  }
}

const ALERT_COLUMNS = `a.id, a.kind, a.case_id AS caseId, c.number AS caseNumber, c.title AS caseTitle,
  c.severity, c.status, a.clock, a.offset_min AS offsetMin, a.due_at AS dueAt, a.at, a.read_at IS NOT NULL AS read`;
const SHOWN = `a.silent = 0 AND a.at >= ? AND c.status NOT IN ${DONE_STATUS_LIST}`;

type AlertSqlRow = Omit<SlaAlert, 'read'> & { read: number };
const toAlert = ({ read, ...row }: AlertSqlRow): SlaAlert => ({ ...row, read: read === 1 });

/** The alert area: alerts raised since `since` for cases still open, newest first. */
export function recentAlerts(db: Db, since: number, limit: number): SlaAlert[] {
  return stmt<[number, number], AlertSqlRow>(
    db,
    `SELECT ${ALERT_COLUMNS} FROM sla_alerts a JOIN cases c ON c.id = a.case_id
     WHERE ${SHOWN} ORDER BY a.at DESC, a.id DESC LIMIT ?`,
  )
    .all(since, limit)
    .map(toAlert);
}

export function unreadAlerts(db: Db, since: number): number {
  return stmt<[number], number>(
    db,
    `SELECT count(*) FROM sla_alerts a JOIN cases c ON c.id = a.case_id WHERE ${SHOWN} AND a.read_at IS NULL`,
  )
    .pluck()
    .get(since)!;
}

export function alertsByIds(db: Db, ids: readonly string[]): SlaAlert[] {
  return stmt<[string], AlertSqlRow>(
    db,
    `SELECT ${ALERT_COLUMNS} FROM json_each(?) ids JOIN sla_alerts a ON a.id = ids.value
     JOIN cases c ON c.id = a.case_id ORDER BY a.at, a.id`,
  )
    .all(JSON.stringify(ids))
    .map(toAlert);
}

export function markAlertsRead(db: Db, ids: readonly string[] | undefined, at: number): void {
  if (ids) {
    stmt(
      db,
      `UPDATE sla_alerts SET read_at = ? WHERE read_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    ).run(at, JSON.stringify(ids));
  } else {
    stmt(db, 'UPDATE sla_alerts SET read_at = ? WHERE read_at IS NULL').run(at);
  }
}
