import { describe, expect, it } from 'vitest';
import { localDateOf, localHourOf } from '../../core/local-time';
import { DAY } from '../../core/time';
import { fillDemoDesk } from '../../electron/services/demo';
import { openTestDesk } from './case-support';

describe('the demo desk’s shift history', () => {
  it('has six weeks of sign-ins and handovers on the desk clock, with a night across midnight and gaps', () => {
    const t = openTestDesk();
    fillDemoDesk(t.desk.ctx);
    const db = t.desk.db;
    const now = t.desk.ctx.now();
    const sessions = db
      .prepare(`SELECT started_at AS s, ended_at AS e FROM duty_sessions WHERE end_kind = 'sign_out'`)
      .all() as { s: number; e: number }[];
    expect(sessions.length).toBeGreaterThan(100);
    expect(Math.min(...sessions.map((x) => x.s))).toBeGreaterThanOrEqual(now - 43 * DAY);
    expect(sessions.every((x) => x.e < now)).toBe(true);
    expect(sessions.some((x) => localDateOf(x.s, 480) !== localDateOf(x.e, 480))).toBe(true);
    // Someone signed in two hours late: their shift's first hours had nobody on duty.
    expect(sessions.some((x) => localHourOf(x.s, 480) === 10)).toBe(true);

    const statuses = Object.fromEntries(
      (
        db.prepare('SELECT status, count(*) AS n FROM handovers GROUP BY status').all() as {
          status: string;
          n: number;
        }[]
      ).map((r) => [r.status, r.n]),
    );
    expect(statuses.acknowledged).toBeGreaterThan((statuses.superseded ?? 0) * 4);
    expect(statuses.superseded).toBeGreaterThan(0);
    expect(statuses.pending).toBeUndefined();

    const range = { from: now - 42 * DAY, to: now, granularity: 'week' as const, utcOffsetMin: 480 };
    const coverage = t.call('leadReports.coverage', range);
    expect(coverage.unstaffedHours).toBeGreaterThan(0);
    const handovers = t.call('leadReports.handovers', range);
    expect(handovers.totals.shiftsAcknowledged).toBeGreaterThan(0);
    const agents = t.call('leadReports.agents', range);
    expect(agents.totals.filter((a) => a.readBacks > 0).length).toBeGreaterThan(1);
  });
});
