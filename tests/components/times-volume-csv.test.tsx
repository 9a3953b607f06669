// @vitest-environment happy-dom
import { describe, expect } from 'vitest';
import { SEVERITIES, SUPPORT_AREAS } from '../../core/domain';
import type { SpreadByMetric, TimesReport } from '../../core/times-report';
import type { VolumeReport } from '../../core/volume-report';
import { timesTables } from '../../renderer/features/reports/lead/times-tables';
import { volumeTables } from '../../renderer/features/reports/lead/volume-tables';
import { currentLabels, expectCsvAsShown, itInBothLanguages } from './report-csv';

const HOUR = 3_600_000;
const spread = (count: number, medianMs: number | null): SpreadByMetric => ({
  firstResponse: { count, medianMs, p90Ms: medianMs && medianMs * 2, worstMs: medianMs && medianMs * 3 },
  resolution: { count: 0, medianMs: null, p90Ms: null, worstMs: null },
});
const TIMES: TimesReport = {
  from: 0,
  to: 48 * HOUR,
  granularity: 'day',
  periods: [
    { key: '2026-03-02', start: 0, end: 24 * HOUR, ...spread(3, 90 * 60_000) },
    { key: '2026-03-03', start: 24 * HOUR, end: 48 * HOUR, ...spread(0, null) },
  ],
  bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, spread(1, HOUR)])) as TimesReport['bySeverity'],
  bySupportArea: Object.fromEntries(
    SUPPORT_AREAS.map((a) => [a, spread(1, 26 * HOUR)]),
  ) as TimesReport['bySupportArea'],
  totals: spread(3, 90 * 60_000),
  generatedAt: 0,
};
const share = (key: string, name: string, created: number, resolved: number) => ({
  key,
  name,
  created,
  resolved,
});
const VOLUME: VolumeReport = {
  from: 0,
  to: 48 * HOUR,
  granularity: 'day',
  periods: [
    {
      ...{ key: '2026-03-02', start: 0, end: 24 * HOUR, created: 4, resolved: 1, closed: 1, openAtEnd: 4 },
      ages: { under1d: 3, d1to3: 1, d3to7: 0, over7d: 0 },
    },
    {
      ...{
        key: '2026-03-03',
        start: 24 * HOUR,
        end: 48 * HOUR,
        created: 1,
        resolved: 2,
        closed: 1,
        openAtEnd: 3,
      },
      ages: { under1d: 1, d1to3: 2, d3to7: 0, over7d: 0 },
    },
  ],
  totals: { created: 5, resolved: 3, closed: 2 },
  breakdowns: {
    channel: [share('phone', 'phone', 4, 1), share('email', 'email', 1, 1)],
    supportArea: [share('client_connectivity', 'client_connectivity', 5, 2)],
    service: [share('office365', 'office365', 5, 2)],
    // A comma and quotes, which CSV must quote and the table shows as they are.
    customer: [share('c1', '上海明远, "贸易"', 5, 2)],
  },
  generatedAt: 0,
};

describe('the times and volume reports as CSV', () => {
  itInBothLanguages('hold exactly the cells each table shows', (language) => {
    const labels = currentLabels();
    const times = expectCsvAsShown(timesTables(TIMES, labels)).flat();
    expect(times).toContain(language === 'en' ? '1 h 30 min' : '1 小时 30 分');
    const volume = expectCsvAsShown(volumeTables(VOLUME, labels)).flat();
    expect(volume).toContain('上海明远, "贸易"');
    expect(volume).toContain(language === 'en' ? '1–3 days' : '1–3 天');
    // The backlog by age, a row a period: Monday's end, then Tuesday's.
    const ages = volumeTables(VOLUME, labels)[1]!;
    expect(ages.rows.map((r) => r.cells)).toEqual([
      ['2026-03-02', '3', '1', '0', '0'],
      ['2026-03-03', '1', '2', '0', '0'],
    ]);
  });
});
