import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../core/local-time';
import { reportRange } from '../../renderer/features/reports/lead/report-period';

const CST = 480;
const at = (iso: string) => Date.parse(iso);

describe('the period a lead report covers', () => {
  it('starts and ends at midnight in the desk zone, not in UTC', () => {
    const r = reportRange({ kind: 'day', first: '2026-03-02', last: '2026-03-02' }, CST);
    expect([r.from, r.to]).toEqual([at('2026-03-01T16:00:00Z'), at('2026-03-02T16:00:00Z')]);
    expect(r.granularity).toBe('day');
  });

  it('takes the week from its Monday, whatever day was picked', () => {
    const r = reportRange({ kind: 'week', first: '2026-03-08', last: '2026-03-08' }, CST);
    expect([r.firstDay, r.lastDay]).toEqual(['2026-03-02', '2026-03-08']);
    expect(r.to - r.from).toBe(7 * 86_400_000);
  });

  it('takes the whole calendar month, December into January too', () => {
    const r = reportRange({ kind: 'month', first: '2026-12-15', last: '2026-12-15' }, CST);
    expect([r.firstDay, r.lastDay]).toEqual(['2026-12-01', '2026-12-31']);
    expect(r.to).toBe(at('2026-12-31T16:00:00Z'));
  });

  it('cuts a custom range into days, weeks or months by its length', () => {
    const range = (last: string) =>
      reportRange({ kind: 'custom', first: '2026-01-01', last }, CST).granularity;
    expect(range('2026-03-03')).toBe('day');
    expect(range('2026-03-04')).toBe('week');
    expect(range('2026-12-31')).toBe('month');
    // A range picked backwards is the one day picked first.
    expect(reportRange({ kind: 'custom', first: '2026-01-05', last: '2026-01-01' }, CST).lastDay).toBe(
      '2026-01-05',
    );
  });
});

describe('the week a week report is named by', () => {
  it('numbers weeks from Monday, week 1 holding the first Thursday', () => {
    expect(isoWeekOf('2026-05-04')).toEqual({ year: 2026, week: 19 });
    expect(isoWeekOf('2026-05-10')).toEqual({ year: 2026, week: 19 });
    expect(isoWeekOf('2026-05-11')).toEqual({ year: 2026, week: 20 });
  });

  it('gives the days at a year end the week of the year next to them', () => {
    // 1 January 2027 is a Friday: the week of Monday 28 December 2026, the 53rd of 2026.
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    // 29 December 2025 is the Monday of the week holding 1 January 2026, a Thursday.
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });
});
