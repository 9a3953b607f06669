import { useTranslation } from 'react-i18next';
import type { HandoverReport } from '../../../../core/handover-report';
import type { TFunction } from 'i18next';
import { BREACHED_COLOR, LINE_COLOR, MET_COLOR, type CategoryChart } from '../chart/options';
import { ChartCard } from './ChartCard';
import { Figures } from './Figures';
import { handoverTables } from './handover-tables';
import { LeadReportFrame } from './LeadReportFrame';
import { durationOrDash } from './report-labels';
import { percentText } from './report-table';
import { useLeadTables } from './use-lead-tables';

/** Shifts ended per period: read back, not read back (stacked), and the handovers still pending as a line. */
const handoverChart = (report: HandoverReport, t: TFunction): CategoryChart => ({
  categories: report.periods.map((p) => p.key),
  series: [
    {
      type: 'bar',
      stack: 'shifts',
      name: t('leadReports.handovers.shiftsAcknowledged'),
      itemStyle: { color: MET_COLOR },
      data: report.periods.map((p) => p.shiftsAcknowledged),
    },
    {
      type: 'bar',
      stack: 'shifts',
      name: t('leadReports.handovers.shiftsNotAcknowledged'),
      itemStyle: { color: BREACHED_COLOR },
      data: report.periods.map((p) => p.shiftsEnded - p.shiftsAcknowledged),
    },
    {
      type: 'line',
      name: t('leadReports.handovers.pending'),
      itemStyle: { color: LINE_COLOR },
      data: report.periods.map((p) => p.pending),
    },
  ],
});

/** #/reports/handovers: does every shift end with a handover the next agent read back, and how fast. */
export function HandoverReportPage() {
  const { t } = useTranslation();
  const { report, range, labels, tables } = useLeadTables('leadReports.handovers', handoverTables);
  const totals = report?.totals;
  return (
    <LeadReportFrame
      kind="handovers"
      range={range}
      tables={tables}
      note={t('leadReports.handovers.filterNote')}
    >
      {report && tables && totals && (
        <>
          <Figures
            figures={[
              {
                title: t('leadReports.handovers.shiftsAcknowledgedShare'),
                value: percentText(
                  totals.shiftsEnded > 0 ? totals.shiftsAcknowledged / totals.shiftsEnded : null,
                ),
                note: t('leadReports.handovers.shiftsOf', {
                  acknowledged: totals.shiftsAcknowledged,
                  count: totals.shiftsEnded,
                }),
              },
              { title: t('leadReports.handovers.pending'), value: totals.pending },
              {
                title: t('leadReports.handovers.averageReadBack'),
                value: durationOrDash(labels, totals.averageReadBackMs),
              },
            ]}
          />
          <ChartCard table={tables[0]!} report={report} draw={handoverChart} height={240} />
        </>
      )}
    </LeadReportFrame>
  );
}
