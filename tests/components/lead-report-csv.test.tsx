// @vitest-environment happy-dom
import { describe, expect } from 'vitest';
import type { SlaReport } from '../../core/sla-report';
import { slaTables } from '../../renderer/features/reports/lead/sla-tables';
import { currentLabels, expectCsvAsShown, itInBothLanguages } from './report-csv';

const HOUR = 3_600_000;
const tally = (met: number, breached: number) => ({ met, breached });
const clocks = (a: number, b: number) => ({
  firstResponse: tally(a, b),
  nextUpdate: tally(0, 0),
  resolution: tally(b, a),
});

const REPORT: SlaReport = {
  from: 0,
  to: 2 * 24 * HOUR,
  granularity: 'day',
  periods: [
    { key: '2026-03-02', start: 0, end: 24 * HOUR, clocks: clocks(3, 1) },
    { key: '2026-03-03', start: 24 * HOUR, end: 48 * HOUR, clocks: clocks(0, 2) },
  ],
  bySeverity: { A: clocks(1, 0), B: clocks(2, 3), C: clocks(0, 0) },
  totals: tally(6, 6),
  previous: tally(1, 1),
  breaches: [
    {
      caseId: 'c1',
      caseNumber: 'SD-2026-000001',
      // A comma and quotes, which CSV must quote and the table shows as they are.
      title: 'Outlook, "密码" 提示',
      severity: 'B',
      clock: 'resolution',
      dueAt: Date.UTC(2026, 2, 3, 2, 0),
      endedAt: null,
      lateMs: 26 * HOUR,
      agentOnDuty: null,
    },
  ],
  generatedAt: 0,
};

describe('a lead report as CSV', () => {
  itInBothLanguages('holds exactly the cells each table shows', (language) => {
    const csv = expectCsvAsShown(slaTables(REPORT, currentLabels()));
    // The breach still owed says so, in the language of the page.
    expect(csv.flat()).toContain(language === 'en' ? '1 d 2 h, still owed' : '1 天 2 小时，仍未完成');
  });
});
