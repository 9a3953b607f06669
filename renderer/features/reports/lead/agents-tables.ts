// The agents report's tables, cell by cell: per agent over the range, and per agent and period; what the
// page shows under its chart and what CSV holds.
import type { AgentRow, AgentsReport } from '../../../../core/agents-report';
import { durationText, type LeadLabels } from './report-labels';
import { percentText, type ReportTable } from './report-table';

const readBack = (l: LeadLabels, ms: number | null) => (ms === null ? '–' : durationText(l, ms));

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
  readBack(l, a.medianReadBackMs),
  readBack(l, a.averageReadBackMs),
];

const numberColumns = (l: LeadLabels) =>
  COLUMNS.map((c) => ({ key: c, title: l.t(`agentsReport.${c}`), numeric: true }));

export function agentsTotalTable(r: AgentsReport, l: LeadLabels): ReportTable {
  return {
    key: 'perAgent',
    title: l.t('agentsReport.perAgent'),
    columns: [{ key: 'agent', title: l.t('agentsReport.agent') }, ...numberColumns(l)],
    rows: r.totals.map((a) => ({ key: a.agentId, cells: [a.agentName, ...cells(l, a)] })),
  };
}

export function agentsPeriodTable(r: AgentsReport, l: LeadLabels): ReportTable {
  return {
    key: 'perPeriod',
    title: l.t('agentsReport.perPeriod'),
    columns: [
      { key: 'period', title: l.t('leadReports.periodColumn') },
      { key: 'agent', title: l.t('agentsReport.agent') },
      ...numberColumns(l),
    ],
    rows: r.periods.flatMap((p) =>
      p.agents.map((a) => ({ key: `${p.key}:${a.agentId}`, cells: [p.key, a.agentName, ...cells(l, a)] })),
    ),
  };
}

export const agentsTables = (r: AgentsReport, l: LeadLabels) => [
  agentsTotalTable(r, l),
  agentsPeriodTable(r, l),
];
