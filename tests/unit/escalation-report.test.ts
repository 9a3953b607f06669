import { describe, expect, it } from 'vitest';
import {
  countBy,
  periodIndex,
  repeatedTopics,
  reportPeriods,
  share,
  type ReportEscalation,
} from '../../electron/services/escalation-report-math';

const CST = 480; // China Standard Time, minutes east of UTC
const beijing = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h) - CST * 60_000;

let n = 0;
const esc = (at: number, extra: Partial<ReportEscalation> = {}): ReportEscalation => ({
  id: `e${++n}`,
  caseId: `c${n}`,
  caseNumber: `SD-2026-${String(n).padStart(6, '0')}`,
  title: 'Outlook 持续提示输入密码',
  service: 'office365',
  supportArea: 'client_connectivity',
  agentId: 'a1',
  agentName: '王芳',
  reasons: ['tools'],
  submittedAt: at,
  ...extra,
});

describe('report periods', () => {
  it('cut months at local midnight, the first and last cut to the range', () => {
    const periods = reportPeriods(beijing(2026, 1, 15, 9), beijing(2026, 3, 10), 'month', CST);
    expect(periods.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periods[0]).toMatchObject({ start: beijing(2026, 1, 15, 9), end: beijing(2026, 2, 1) });
    expect(periods[1]).toMatchObject({ start: beijing(2026, 2, 1), end: beijing(2026, 3, 1) });
    expect(periods[2]!.end).toBe(beijing(2026, 3, 10));
  });

  it('start weeks on Monday, across a month and a year end', () => {
    // 2026-12-30 is a Wednesday; its week starts Monday 2026-12-28.
    const periods = reportPeriods(beijing(2026, 12, 30), beijing(2027, 1, 12), 'week', CST);
    expect(periods.map((p) => p.key)).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
    expect(periods[1]).toMatchObject({ start: beijing(2027, 1, 4), end: beijing(2027, 1, 11) });
  });

  it('are contiguous, so every moment of the range falls in exactly one', () => {
    const periods = reportPeriods(beijing(2025, 11, 3), beijing(2026, 6, 1), 'week', CST);
    periods.slice(1).forEach((p, i) => expect(p.start).toBe(periods[i]!.end));
    expect(periodIndex(periods, beijing(2025, 11, 3))).toBe(0);
    expect(periodIndex(periods, beijing(2026, 6, 1) - 1)).toBe(periods.length - 1);
    expect(periodIndex(periods, beijing(2026, 6, 1))).toBe(-1);
    expect(periodIndex(periods, beijing(2025, 11, 2))).toBe(-1);
  });

  it('use the local calendar: 23:30 in Beijing on the 31st is still January', () => {
    const periods = reportPeriods(beijing(2026, 1, 1), beijing(2026, 3, 1), 'month', CST);
    expect(periodIndex(periods, beijing(2026, 1, 31, 23) + 30 * 60_000)).toBe(0);
    expect(periodIndex(periods, beijing(2026, 2, 1))).toBe(1);
  });
});

describe('counting escalations', () => {
  const periods = reportPeriods(beijing(2026, 1, 1), beijing(2026, 3, 1), 'month', CST);
  const rows = [
    esc(beijing(2026, 1, 5), { reasons: ['tools', 'documentation'] }),
    esc(beijing(2026, 1, 20), {
      agentId: 'a2',
      agentName: 'Li Lei',
      service: 'azure',
      supportArea: 'updates',
    }),
    esc(beijing(2026, 2, 2), { reasons: ['training'] }),
    esc(beijing(2026, 4, 2)), // outside the range
  ];

  it('by support area, service and agent, per period, the largest first', () => {
    expect(countBy(rows, periods, 'service')).toEqual([
      { key: 'office365', name: null, total: 2, perPeriod: [1, 1] },
      { key: 'azure', name: null, total: 1, perPeriod: [1, 0] },
    ]);
    expect(countBy(rows, periods, 'agent').map((r) => [r.name, r.total])).toEqual([
      ['王芳', 2],
      ['Li Lei', 1],
    ]);
    expect(countBy(rows, periods, 'supportArea')[0]).toMatchObject({ key: 'client_connectivity', total: 2 });
  });

  it('by reason, counting an escalation once under each of its reasons', () => {
    expect(countBy(rows, periods, 'reason')).toEqual([
      { key: 'tools', name: null, total: 2, perPeriod: [2, 0] },
      { key: 'documentation', name: null, total: 1, perPeriod: [1, 0] },
      { key: 'training', name: null, total: 1, perPeriod: [0, 1] },
    ]);
  });

  it('as a share that is 0 rather than NaN for an empty period', () => {
    expect(share(3, 12)).toBe(0.25);
    expect(share(0, 0)).toBe(0);
  });
});

describe('repeated topics', () => {
  it('group alike titles of the same service, in Chinese and English; singletons are not topics', () => {
    const rows = [
      esc(1, { title: 'Outlook 持续提示输入密码' }),
      esc(2, { title: 'Outlook 反复提示输入密码' }),
      esc(3, { title: 'Outlook 持续提示输入密码', service: 'azure' }),
      esc(4, { title: 'Teams 会议无法加入' }),
      esc(5, { title: 'Cannot add Azure subscription', service: 'azure' }),
      esc(6, { title: 'Cannot add an Azure subscription for customer', service: 'azure' }),
      esc(7, { title: 'Outlook 一直提示输入密码' }),
    ];
    const topics = repeatedTopics(rows);
    expect(topics.map((t) => [t.service, t.title, t.count])).toEqual([
      ['office365', 'Outlook 持续提示输入密码', 3],
      ['azure', 'Cannot add Azure subscription', 2],
    ]);
    expect(topics[0]!.escalations.map((e) => e.id)).toEqual([rows[0]!.id, rows[1]!.id, rows[6]!.id]);
  });
});
