import { describe, expect, it } from 'vitest';
import type { EscalationReport } from '../../core/escalation-report';
import { formatWait } from '../../core/duration-text';
import { reportToCsv, type ReportLabels } from '../../renderer/features/reports/report-csv';

const report: EscalationReport = {
  from: 0,
  to: 1,
  granularity: 'month',
  periods: [
    { key: '2026-01', start: 0, end: 1, escalations: 2, casesCreated: 8, casesEscalated: 2 },
    { key: '2026-02', start: 1, end: 2, escalations: 1, casesCreated: 0, casesEscalated: 0 },
  ],
  dimensions: {
    supportArea: [{ key: 'client_connectivity', name: null, total: 3, perPeriod: [2, 1] }],
    service: [{ key: 'office365', name: null, total: 3, perPeriod: [2, 1] }],
    agent: [{ key: 'a1', name: '王芳, 夜班', total: 3, perPeriod: [2, 1] }],
    reason: [{ key: 'tools', name: null, total: 3, perPeriod: [2, 1] }],
  },
  totals: { escalations: 3, casesCreated: 8, casesEscalated: 2, share: 0.25, partnerRequests: 1 },
  repeated: [
    {
      service: 'office365',
      supportArea: 'client_connectivity',
      title: '=Outlook 提示密码',
      count: 2,
      escalations: [
        { id: 'e1', caseId: 'c1', caseNumber: 'SD-2026-000001', title: 'x', submittedAt: 0 },
        { id: 'e2', caseId: 'c2', caseNumber: 'SD-2026-000002', title: 'y', submittedAt: 0 },
      ],
    },
  ],
  waiting: [
    {
      kind: 'partner_request',
      id: 'p1',
      caseId: null,
      caseNumber: null,
      customerName: null,
      title: '发票金额不符',
      requestNumber: 'PC-9',
      status: 'submitted',
      submittedAt: 0,
      waitingMs: 36 * 3_600_000,
    },
  ],
  generatedAt: 0,
};

// Keys stand in for the translations, so the test reads which label went where.
const labels: ReportLabels = {
  t: (key, options) => (options ? `${key}${JSON.stringify(options)}` : key),
  name: (dimension, row) => row.name ?? `${dimension}:${row.key}`,
  service: (key) => `service:${key}`,
  time: () => '2026-01-01 08:00',
};

describe('the report as CSV', () => {
  it('starts with a byte-order mark, uses CRLF, and has one section per table', () => {
    const csv = reportToCsv(report, labels);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'escalationReport.csv.period,2026-01,2026-02,escalationReport.csv.total',
      'escalationReport.escalations,2,1,3',
      'escalationReport.casesCreated,8,0,8',
      'escalationReport.casesEscalated,2,0,2',
      'escalationReport.share,25.0%,0.0%,25.0%',
    ]);
    expect(lines).toContain('escalationReport.by.reason,2026-01,2026-02,escalationReport.csv.total');
    expect(lines).toContain('reason:tools,2,1,3');
    // Quoted where Excel needs it, and never read as a formula.
    expect(lines).toContain('"王芳, 夜班",2,1,3');
    expect(lines).toContain("'=Outlook 提示密码,service:office365,2,SD-2026-000001 SD-2026-000002");
    expect(lines).toContain(
      '发票金额不符,PC-9,queue.kinds.partner_request,,handoff.statuses.submitted,2026-01-01 08:00,1.5',
    );
  });
});

describe('waiting times', () => {
  const t = (key: string, o: Record<string, number>) =>
    `${key.split('.').pop()}:${Object.values(o).join('/')}`;
  it('read in days and hours, hours and minutes, or minutes', () => {
    expect(formatWait(t, 36 * 3_600_000 + 59_000)).toBe('days:1/12');
    expect(formatWait(t, 125 * 60_000)).toBe('hours:2/5');
    expect(formatWait(t, 59_999)).toBe('minutes:0');
    expect(formatWait(t, -5)).toBe('minutes:0');
  });
});
