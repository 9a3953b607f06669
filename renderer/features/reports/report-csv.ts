// The escalation report as CSV for Excel: UTF-8 with a byte-order mark, CRLF, one section per table, labels
// in the agent's language. Pure, so that what the spreadsheet holds is tested, not only what the page shows.
import {
  REPORT_DIMENSIONS,
  type DimensionRow,
  type EscalationReport,
  type ReportDimension,
} from '../../../core/escalation-report';
import { csvLine as line, excelCsv } from './excel-csv';
import type { LeadLabels } from './lead/report-labels';
import { durationParts } from '../../../core/time';

export interface ReportLabels extends LeadLabels {
  /** A dimension row's name: a support area, service, agent or reason, in the agent's language. */
  name: (dimension: ReportDimension, row: DimensionRow) => string;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function reportToCsv(report: EscalationReport, l: ReportLabels): string {
  const { t } = l;
  const keys = report.periods.map((p) => p.key);
  const total = t('escalationReport.csv.total');
  const lines: string[] = [
    line([t('escalationReport.csv.period'), ...keys, total]),
    line([
      t('escalationReport.escalations'),
      ...report.periods.map((p) => p.escalations),
      report.totals.escalations,
    ]),
    line([
      t('escalationReport.casesCreated'),
      ...report.periods.map((p) => p.casesCreated),
      report.totals.casesCreated,
    ]),
    line([
      t('escalationReport.casesEscalated'),
      ...report.periods.map((p) => p.casesEscalated),
      report.totals.casesEscalated,
    ]),
    line([
      t('escalationReport.share'),
      ...report.periods.map((p) => percent(p.casesCreated > 0 ? p.casesEscalated / p.casesCreated : 0)),
      percent(report.totals.share),
    ]),
  ];
  for (const dimension of REPORT_DIMENSIONS) {
    lines.push('', line([t(`escalationReport.by.${dimension}`), ...keys, total]));
    for (const row of report.dimensions[dimension]) {
      lines.push(line([l.name(dimension, row), ...row.perPeriod, row.total]));
    }
  }
  lines.push(
    '',
    line([
      t('escalationReport.repeated'),
      t('escalation.service'),
      t('escalationReport.csv.count'),
      t('escalationReport.csv.cases'),
    ]),
  );
  for (const topic of report.repeated) {
    const cases = topic.escalations.map((e) => e.caseNumber).join(' ');
    lines.push(line([topic.title, l.service(topic.service), topic.count, cases]));
  }
  lines.push(
    '',
    line([
      t('escalationReport.waiting'),
      t('handoff.requestNumber'),
      t('escalationList.case'),
      t('escalationList.customer'),
      t('escalationList.status'),
      t('escalationList.submitted'),
      t('escalationReport.csv.waitingDays'),
    ]),
  );
  for (const w of report.waiting) {
    const { days, hours } = durationParts(Math.max(0, w.waitingMs));
    lines.push(
      line([
        w.title,
        w.requestNumber,
        w.caseNumber ?? t('queue.kinds.partner_request'),
        w.customerName ?? '',
        t(`handoff.statuses.${w.status}`),
        l.time(w.submittedAt),
        (days + hours / 24).toFixed(1),
      ]),
    );
  }
  return excelCsv(lines);
}
