import { describe, expect, it } from 'vitest';
import { computeSla, DEFAULT_SLA_POLICY, type SlaEvent } from '../../core/sla';
import {
  cst,
  dailyReport,
  HOUR,
  MINUTE,
  MON,
  openFixtureDesk,
  TUE,
  WED,
  type FixtureDesk,
} from './lead-report-fixtures';

const status = (t: FixtureDesk, id: string, at: number, from: string, to: string) =>
  t.event(id, at, 'status_changed', { from, to });

/**
 * Monday and Tuesday in UTC+8:
 * - A1 (A) logged at 00:00 on Monday (16:00 UTC on Sunday), replied to at 00:30: 30 min, Monday's;
 * - B2 logged at 09:00, waited on the customer 10:00–14:00, replied to at 15:00 (2 h active) and resolved at
 *   01:00 on Tuesday: 12 h active, counted on Tuesday although it ran across midnight;
 * - C1 (C, accounts and billing) logged at 07:00, resolved at 09:00 (its first response: 2 h), reopened at
 *   15:00, waited on 21Vianet from 16:00 to 10:00 on Tuesday and resolved at 12:00: 2 + 1 + 2 = 5 h, once;
 * - E1 logged at 23:00 on Tuesday, replied to at 23:59: 59 min, Tuesday's;
 * - D1 logged at 23:30 on Tuesday, replied to at 00:10 on Wednesday: after the range.
 */
function arrange() {
  const t = openFixtureDesk();
  const a1 = t.caseAt(cst(MON, '00:00'), { severity: 'A' });
  t.event(a1, cst(MON, '00:30'), 'reply', { body: '已收到' });
  const b2 = t.caseAt(cst(MON, '09:00'));
  status(t, b2, cst(MON, '09:10'), 'new', 'in_progress');
  status(t, b2, cst(MON, '10:00'), 'in_progress', 'waiting_customer');
  status(t, b2, cst(MON, '14:00'), 'waiting_customer', 'in_progress');
  t.event(b2, cst(MON, '15:00'), 'call', { direction: 'outbound', minutes: 5, body: '' });
  status(t, b2, cst(TUE, '01:00'), 'in_progress', 'resolved');
  const c1 = t.caseAt(cst(MON, '07:00'), { severity: 'C' });
  t.desk.db.prepare(`UPDATE cases SET support_area = 'accounts_billing' WHERE id = ?`).run(c1);
  status(t, c1, cst(MON, '09:00'), 'new', 'resolved');
  status(t, c1, cst(MON, '15:00'), 'resolved', 'in_progress');
  status(t, c1, cst(MON, '16:00'), 'in_progress', 'waiting_21v');
  status(t, c1, cst(TUE, '10:00'), 'waiting_21v', 'in_progress');
  status(t, c1, cst(TUE, '12:00'), 'in_progress', 'resolved');
  const e1 = t.caseAt(cst(TUE, '23:00'));
  t.event(e1, cst(TUE, '23:59'), 'reply', { body: '' });
  const d1 = t.caseAt(cst(TUE, '23:30'));
  t.event(d1, cst(WED, '00:10'), 'reply', { body: '' });
  t.tick(cst('2026-03-05', '00:00') - t.tick(0));
  return t;
}

const report = dailyReport('leadReports.times');

const spread = (count: number, medianMs: number | null, p90Ms: number | null, worstMs: number | null) => ({
  count,
  medianMs,
  p90Ms,
  worstMs,
});
const none = spread(0, null, null, null);

describe('the response and resolution times report', () => {
  it('ranks first response and resolution times per local day, taking the paused time out', () => {
    const r = report(arrange());
    expect(r.periods.map((p) => p.key)).toEqual([MON, TUE]);
    expect(r.periods[0]!.firstResponse).toEqual(spread(3, 2 * HOUR, 2 * HOUR, 2 * HOUR));
    expect(r.periods[0]!.resolution).toEqual(none);
    expect(r.periods[1]!.firstResponse).toEqual(spread(1, 59 * MINUTE, 59 * MINUTE, 59 * MINUTE));
    expect(r.periods[1]!.resolution).toEqual(spread(2, 5 * HOUR, 12 * HOUR, 12 * HOUR));
    // 30 min, 59 min, 2 h, 2 h: the 2nd is the median, the 4th the 90th percentile.
    expect(r.totals.firstResponse).toEqual(spread(4, 59 * MINUTE, 2 * HOUR, 2 * HOUR));
    expect(r.totals.resolution).toEqual(spread(2, 5 * HOUR, 12 * HOUR, 12 * HOUR));
  });

  it('cuts the same times by severity and support area', () => {
    const r = report(arrange());
    expect(r.bySeverity.A.firstResponse).toEqual(spread(1, 30 * MINUTE, 30 * MINUTE, 30 * MINUTE));
    expect(r.bySeverity.B.firstResponse).toEqual(spread(2, 59 * MINUTE, 2 * HOUR, 2 * HOUR));
    expect(r.bySeverity.C.resolution).toEqual(spread(1, 5 * HOUR, 5 * HOUR, 5 * HOUR));
    expect(r.bySupportArea.accounts_billing.resolution).toEqual(spread(1, 5 * HOUR, 5 * HOUR, 5 * HOUR));
    expect(r.bySupportArea.client_connectivity.resolution).toEqual(
      spread(1, 12 * HOUR, 12 * HOUR, 12 * HOUR),
    );
    expect(r.bySupportArea.updates.firstResponse).toEqual(none);
  });

  it('agrees with the SLA clock on the active time of a paused, reopened case', () => {
    const events: SlaEvent[] = [
      { at: cst(MON, '07:00'), kind: 'created', severity: 'C' },
      { at: cst(MON, '09:00'), kind: 'status', to: 'resolved' },
      { at: cst(MON, '15:00'), kind: 'status', to: 'in_progress' },
      { at: cst(MON, '16:00'), kind: 'status', to: 'waiting_21v' },
      { at: cst(TUE, '10:00'), kind: 'status', to: 'in_progress' },
      { at: cst(TUE, '12:00'), kind: 'status', to: 'resolved' },
    ];
    const c = computeSla(events, DEFAULT_SLA_POLICY, cst(WED, '00:00')).resolution;
    expect(c.targetMin * MINUTE - c.remainingMs).toBe(5 * HOUR);
    expect(report(arrange(), { severities: ['C'] }).totals.resolution.medianMs).toBe(5 * HOUR);
  });

  it('counts waiting time as the policy says when the clocks do not pause', () => {
    const t = arrange();
    t.call('slaPolicy.update', {
      policy: { ...DEFAULT_SLA_POLICY, pauseOnCustomer: false, pauseOn21v: false },
    });
    const r = report(t);
    // B2's four hours on the customer and C1's eighteen on 21Vianet now count.
    expect(r.bySeverity.B.firstResponse.worstMs).toBe(6 * HOUR);
    expect(r.bySeverity.C.resolution.medianMs).toBe(23 * HOUR);
  });

  it('counts only the cases the filters keep', () => {
    const r = report(arrange(), { severities: ['A'] });
    expect(r.totals.firstResponse.count).toBe(1);
    expect(r.totals.resolution).toEqual(none);
  });
});
