import { describe, expect, it } from 'vitest';
import { cst, dailyReport, MINUTE, MON, openFixtureDesk, TUE } from './lead-report-fixtures';

/**
 * Monday and Tuesday in UTC+8. The night shift runs from 22:00 on Monday past midnight to 06:00 on
 * Tuesday: it ends on Tuesday, with a handover read back in 40 minutes. The day shift after it ends at 14:00
 * with its handover still pending; a lead ended the evening shift past the gate. On Monday a handover was
 * superseded and another read back in 20 minutes, from a shift that ended by switching agents (not a shift's
 * end).
 */
function arrange() {
  const t = openFixtureDesk();
  const night = t.agent('夜班 刘强');
  const day = t.agent('白班 王芳');
  const lead = t.agent('组长 李娜');
  t.session(day, cst(MON, '08:00'), cst(MON, '16:00'), { kind: 'switch' });
  t.handover(day, cst(MON, '15:00'), 'superseded');
  t.handover(day, cst(MON, '15:40'), 'acknowledged', { by: lead, at: cst(MON, '16:00') });
  t.session(night, cst(MON, '22:00'), cst(TUE, '06:00'));
  t.handover(night, cst(TUE, '05:30'), 'acknowledged', { by: day, at: cst(TUE, '06:10') });
  t.session(day, cst(TUE, '06:10'), cst(TUE, '14:00'));
  t.handover(day, cst(TUE, '13:50'), 'pending');
  t.session(lead, cst(TUE, '14:00'), cst(TUE, '22:00'), { overrideReason: '交接人未到' });
  return { t, night, day };
}

const report = dailyReport('leadReports.handovers');

describe('the handover report', () => {
  it('counts shifts ended with a handover read back, per local day, and how long the read-back took', () => {
    const { t } = arrange();
    const r = report(t);
    expect(r.periods.map((p) => [p.key, p.shiftsEnded, p.shiftsAcknowledged, p.shiftsOverridden])).toEqual([
      [MON, 0, 0, 0],
      [TUE, 3, 1, 1],
    ]);
    expect(r.periods.map((p) => [p.written, p.acknowledged, p.pending, p.superseded])).toEqual([
      [2, 1, 0, 1],
      [2, 1, 1, 0],
    ]);
    expect(r.periods.map((p) => p.averageReadBackMs)).toEqual([20 * MINUTE, 40 * MINUTE]);
    expect(r.totals).toMatchObject({
      shiftsEnded: 3,
      shiftsAcknowledged: 1,
      written: 4,
      acknowledged: 2,
      averageReadBackMs: 30 * MINUTE,
      longestReadBackMs: 40 * MINUTE,
    });
  });

  it('counts one agent alone under the agent filter', () => {
    const { t, night } = arrange();
    const r = report(t, { agentId: night });
    expect(r.totals).toMatchObject({ shiftsEnded: 1, shiftsAcknowledged: 1, written: 1, pending: 0 });
  });

  it("reads each period's shifts off the sign-out index (migration 0160), not every session", () => {
    const { t } = arrange();
    const plan = t.desk.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT count(*) FROM json_each(?) p JOIN duty_sessions d
           ON d.ended_at >= json_extract(p.value, '$[0]') AND d.ended_at < json_extract(p.value, '$[1]')
           AND d.end_kind = 'sign_out'`,
      )
      .all('[[0, 1]]') as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' | ')).toMatch(/USING (COVERING )?INDEX duty_sessions_signed_out/);
  });
});
