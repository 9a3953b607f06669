import { describe, expect, it } from 'vitest';
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
