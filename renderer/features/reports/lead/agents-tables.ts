// The agents report's tables, cell by cell: per agent over the range, and per agent and period; what the
// page shows under its chart and what CSV holds.
import type { AgentRow, AgentsReport } from '../../../../core/agents-report';
import { durationOrDash, type LeadLabels } from './report-labels';
import { numberColumns, percentText, periodColumn, type ReportTable } from './report-table';

const COLUMNS = [
  'casesHandled',
  'replies',
  'firstResponses',
  'handoversGiven',
  'readBacks',
  'medianReadBack',
  'averageReadBack',
] as const;

const cells = (l: LeadLabels, a: AgentRow) => [
  String(a.casesHandled),
  String(a.replies),
  a.firstResponses === 0
    ? '–'
    : l.t('agentsReport.firstResponsesCell', {
        met: a.firstResponsesMet,
        count: a.firstResponses,
        share: percentText(a.firstResponsesMet / a.firstResponses),
      }),
  l.t('agentsReport.givenCell', { count: a.handoversGiven, acknowledged: a.handoversGivenAcknowledged }),
  String(a.readBacks),
  durationOrDash(l, a.medianReadBackMs),
  durationOrDash(l, a.averageReadBackMs),
];

const agentColumns = (l: LeadLabels) => [
  { key: 'agent', title: l.t('agentsReport.agent') },
  ...numberColumns(l, 'agentsReport', COLUMNS),
];

export function agentsTotalTable(r: AgentsReport, l: LeadLabels): ReportTable {
  return {
    key: 'perAgent',
    title: l.t('agentsReport.perAgent'),
    columns: agentColumns(l),
    rows: r.totals.map((a) => ({ key: a.agentId, cells: [a.agentName, ...cells(l, a)] })),
  };
}

export function agentsPeriodTable(r: AgentsReport, l: LeadLabels): ReportTable {
  return {
    key: 'perPeriod',
    title: l.t('agentsReport.perPeriod'),
    columns: [periodColumn(l), ...agentColumns(l)],
    rows: r.periods.flatMap((p) =>
      p.agents.map((a) => ({ key: `${p.key}:${a.agentId}`, cells: [p.key, a.agentName, ...cells(l, a)] })),
    ),
  };
}

export const agentsTables = (r: AgentsReport, l: LeadLabels) => [
  agentsTotalTable(r, l),
  agentsPeriodTable(r, l),
];
