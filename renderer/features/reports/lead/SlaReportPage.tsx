import { useTranslation } from 'react-i18next';
import { metShare, type SlaReport } from '../../../../core/sla-report';
import { ChartCard } from './ChartCard';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { percentText } from './report-table';
import { slaOverTimeChart, slaSeverityChart } from './SlaCharts';
import { slaTables } from './sla-tables';
import { useLeadTables } from './use-lead-tables';

/** The change in share met against the period before, in percentage points, or null when either is empty. */
function trendText(r: SlaReport, t: (key: string, o?: Record<string, unknown>) => string) {
  const now = metShare(r.totals);
  const before = metShare(r.previous);
  if (now === null || before === null) return t('leadReports.sla.noTrend');
  const points = (now - before) * 100;
  return t(points >= 0 ? 'leadReports.sla.trendUp' : 'leadReports.sla.trendDown', {
    points: Math.abs(points).toFixed(1),
    before: percentText(before),
  });
}

/** #/reports/sla: are the clocks met, per clock and severity, over time; and which ran out, on whose watch. */
export function SlaReportPage() {
  const { t } = useTranslation();
  const { report, range, labels, tables } = useLeadTables('leadReports.sla', slaTables);
  return (
    <LeadReportFrame kind="sla" range={range} tables={tables}>
      {report && tables && (
        <>
          <Figures
            figures={[
              {
                title: t('leadReports.sla.shareMet'),
                value: percentText(metShare(report.totals)),
                note: trendText(report, labels.t),
              },
              { title: t('leadReports.sla.met'), value: report.totals.met },
              { title: t('leadReports.sla.breached'), value: report.totals.breached },
            ]}
          />
          <ChartCard table={tables[0]!} report={report} draw={slaOverTimeChart} height={260} />
          <ChartCard table={tables[1]!} report={report} draw={slaSeverityChart} height={240} />
          <ReportCard table={tables[2]!} />
        </>
      )}
    </LeadReportFrame>
  );
}
