// Shared set-up for the SLA tests: a real desk on a temp file with a clock the test drives, and readers
// for what the SLA code keeps in the case log.
import type { CaseDetail } from '../../core/cases';
import type { CaseStatus } from '../../core/domain';
import type { SlaAlert, SlaAlerts } from '../../core/sla-alerts';
import { nextDue } from '../../core/sla';
import type { Db } from '../../db/open';
import { slaForCase } from '../../electron/services/sla';
import { openTestDesk, storedEvents, type TestDesk } from './case-support';

export const MIN = 60_000;

export interface SlaDesk extends TestDesk {
  /** Notifications the desk showed, as [title, body]. */
  notified: [string, string][];
  /** A case of the given severity for one customer. */
  open(severity: 'A' | 'B' | 'C', title?: string): CaseDetail;
  check(): SlaAlert[];
  alerts(): SlaAlerts;
  row(caseId: string): { nextDueAt: number | null; slaState: string };
  /** What the clocks say right now, to compare the denormalized columns with. */
  expected(caseId: string): { nextDueAt: number | null };
  breaches(caseId: string): { clock: string; dueAt: number }[];
  outcomes(
    caseId: string,
  ): { clock: string; outcome: string; startedAt: number; dueAt: number; at: number }[];
  status(c: CaseDetail, to: CaseStatus, reason?: string): CaseDetail;
  now(): number;
}

export function openSlaDesk(): SlaDesk {
  const notified: [string, string][] = [];
  const t = openTestDesk({ platform: { notify: ({ title, body }) => notified.push([title, body]) } });
  const customer = t.customer();
  const { desk } = t;
  return {
    ...t,
    notified,
    now: () => t.tick(0),
    open: (severity, title = '客户无法登录 Outlook') => t.newCase(customer.id, title, { severity }),
    check: () => t.call('sla.check', {}).raised,
    alerts: () => t.call('slaAlerts.list', {}),
    row: (caseId) =>
      desk.db
        .prepare('SELECT next_due_at AS nextDueAt, sla_state AS slaState FROM cases WHERE id = ?')
        .get(caseId) as { nextDueAt: number | null; slaState: string },
    expected: (caseId) => ({ nextDueAt: nextDue(slaForCase(desk.ctx, caseId))?.dueAt ?? null }),
    breaches: (caseId) =>
      storedEvents(desk, caseId)
        .filter((e) => e.kind === 'sla_breached')
        .map((e) => e.payload as { clock: string; dueAt: number }),
    outcomes: (caseId) => outcomesOf(desk.db, caseId),
    status: (c, to, reason) =>
      t.call('cases.changeStatus', {
        caseId: c.id,
        from: t.get(c.id).status,
        to,
        ...(reason ? { reason } : {}),
      }),
  };
}

export function outcomesOf(db: Db, caseId: string) {
  return db
    .prepare(
      `SELECT clock, outcome, started_at AS startedAt, due_at AS dueAt, at FROM sla_outcomes
       WHERE case_id = ? ORDER BY started_at, clock`,
    )
    .all(caseId) as { clock: string; outcome: string; startedAt: number; dueAt: number; at: number }[];
}
