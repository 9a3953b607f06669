// The SLA compliance report's tables, cell by cell: what the page shows under its charts and what CSV holds.
import { SEVERITIES } from '../../../../core/domain';
import { SLA_CLOCKS } from '../../../../core/sla';
import { metShare, type SlaReport, type SlaTally } from '../../../../core/sla-report';
import { durationText, type LeadLabels } from './report-labels';
import { numberColumns, percentText, periodColumn, type ReportTable } from './report-table';

const sum = (tallies: readonly SlaTally[]): SlaTally =>
  tallies.reduce((a, b) => ({ met: a.met + b.met, breached: a.breached + b.breached }), {
    met: 0,
    breached: 0,
  });

/** `92.5% (37/40)`: the share met with what it is of. */
const shareCell = (t: SlaTally) => {
  const all = t.met + t.breached;
  return all === 0 ? '–' : `${percentText(metShare(t))} (${t.met}/${all})`;
};

const clockColumns = (l: LeadLabels) => [
  ...numberColumns(l, 'sla.clock', SLA_CLOCKS),
  { key: 'all', title: l.t('leadReports.sla.allClocks'), numeric: true },
];

export function slaOverTimeTable(r: SlaReport, l: LeadLabels): ReportTable {
  return {
    key: 'overTime',
    title: l.t('leadReports.sla.overTime'),
    columns: [periodColumn(l), ...clockColumns(l)],
    rows: r.periods.map((p) => ({
      key: p.key,
      cells: [
        p.key,
        ...SLA_CLOCKS.map((c) => shareCell(p.clocks[c])),
        shareCell(sum(SLA_CLOCKS.map((c) => p.clocks[c]))),
      ],
    })),
  };
}

export function slaBySeverityTable(r: SlaReport, l: LeadLabels): ReportTable {
  return {
    key: 'bySeverity',
    title: l.t('leadReports.sla.bySeverity'),
    columns: [{ key: 'severity', title: l.t('filters.severity') }, ...clockColumns(l)],
    rows: SEVERITIES.map((s) => ({
      key: s,
      cells: [
        l.t(`severities.${s}`),
        ...SLA_CLOCKS.map((c) => shareCell(r.bySeverity[s][c])),
        shareCell(sum(SLA_CLOCKS.map((c) => r.bySeverity[s][c]))),
      ],
    })),
  };
}

export function slaBreachesTable(r: SlaReport, l: LeadLabels): ReportTable {
  return {
    key: 'breaches',
    title: l.t('leadReports.sla.breaches', { count: r.totals.breached }),
    columns: [
      { key: 'case', title: l.t('leadReports.caseColumn') },
      { key: 'title', title: l.t('leadReports.titleColumn') },
      { key: 'severity', title: l.t('filters.severity') },
      { key: 'clock', title: l.t('leadReports.sla.clock') },
      { key: 'due', title: l.t('leadReports.sla.due') },
      { key: 'late', title: l.t('leadReports.sla.late'), numeric: true },
      { key: 'onDuty', title: l.t('leadReports.sla.onDuty') },
    ],
    rows: r.breaches.map((b) => ({
      key: `${b.caseId}:${b.clock}:${b.dueAt}`,
      cells: [
        b.caseNumber,
        b.title,
        l.t(`severities.${b.severity}`),
        l.t(`sla.clock.${b.clock}`),
        l.time(b.dueAt),
        b.endedAt === null
          ? l.t('leadReports.sla.stillLate', { duration: durationText(l, b.lateMs) })
          : durationText(l, b.lateMs),
        b.agentOnDuty ?? l.t('leadReports.sla.nobody'),
      ],
    })),
  };
}

export const slaTables = (r: SlaReport, l: LeadLabels) => [
  slaOverTimeTable(r, l),
  slaBySeverityTable(r, l),
  slaBreachesTable(r, l),
];
