// @vitest-environment happy-dom
import { describe, expect } from 'vitest';
import type { AgentsReport } from '../../core/agents-report';
import { coverageHours, HOURS_PER_WEEK, type CoverageReport } from '../../core/coverage-report';
import { agentsTables } from '../../renderer/features/reports/lead/agents-tables';
import { coverageTable } from '../../renderer/features/reports/lead/coverage-tables';
import { currentLabels, expectCsvAsShown, itInBothLanguages } from './report-csv';

const MINUTE = 60_000;

// Monday 09:00 busy with one agent, Saturday 03:00 with cases and nobody signed in or rostered.
const counts = Array.from({ length: HOURS_PER_WEEK }, (_, i) => ({
  arrivals: i === 9 ? 8 : i === 5 * 24 + 3 ? 2 : i % 24 === 10 ? 1 : 0,
  rosteredHours: i === 5 * 24 + 3 ? 0 : 2,
  signedInHours: i === 5 * 24 + 3 ? 0 : 2,
}));
const COVERAGE: CoverageReport = {
  from: 0,
  to: 14 * 24 * 60 * MINUTE,
  utcOffsetMin: 480,
  hours: coverageHours(counts, new Array(HOURS_PER_WEEK).fill(2)),
  arrivals: 17,
  busiestHours: 1,
  unstaffedHours: 1,
  unrosteredHours: 1,
  generatedAt: 0,
};

const agent = (agentId: string, agentName: string, n: number) => ({
  agentId,
  agentName,
  casesHandled: n,
  replies: n * 2,
  firstResponses: n,
  firstResponsesMet: n - 1,
  handoversGiven: 2,
  handoversGivenAcknowledged: 1,
  readBacks: 3,
  medianReadBackMs: 40 * MINUTE,
  averageReadBackMs: 50 * MINUTE,
});
const AGENTS: AgentsReport = {
  from: 0,
  to: 2 * 24 * 60 * MINUTE,
  granularity: 'day',
  periods: [
    { key: '2026-03-02', start: 0, end: 1, agents: [agent('a', '王芳, "白班"', 3)] },
    { key: '2026-03-03', start: 1, end: 2, agents: [agent('a', '王芳, "白班"', 2), agent('b', '刘强', 1)] },
  ],
  totals: [agent('a', '王芳, "白班"', 4), agent('b', '刘强', 1)],
  generatedAt: 0,
};

describe('the coverage and agents reports as CSV', () => {
  itInBothLanguages('hold exactly the cells each table shows', (language) => {
    const l = currentLabels();
    const coverage = expectCsvAsShown([coverageTable(COVERAGE, l)]);
    expect(coverage).toHaveLength(1 + 1 + HOURS_PER_WEEK + 1);
    const monday9 = coverage[2 + 9]!;
    expect(monday9.slice(2, 6)).toEqual(['4.0', '1.0', '1.0', '4.00']);
    expect(monday9[6]).toBe(language === 'en' ? 'Busiest' : '最繁忙');
    const saturday3 = coverage[2 + 5 * 24 + 3]!;
    expect(saturday3[5]).toBe('–');
    expect(saturday3[6]).toBe(
      language === 'en'
        ? 'Cases, nobody signed in, Cases, nobody rostered'
        : '有来件无人签到、有来件无人排班',
    );
    const agents = expectCsvAsShown(agentsTables(AGENTS, l));
    expect(agents.flat()).toContain(language === 'en' ? '3/4 (75.0%)' : '3/4（75.0%）');
  });
});
