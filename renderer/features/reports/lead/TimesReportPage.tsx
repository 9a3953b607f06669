import { Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_METRICS } from '../../../../core/times-report';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { durationText } from './report-labels';
import { TimesByChart, TimesOverTimeChart } from './TimesCharts';
import { timesTables } from './times-tables';
import { useLeadLabels } from './use-lead-labels';
import { useLeadReport } from './use-lead-report';
import './times-report.css';

/** #/reports/times: how long the first response and the resolution take, by the clock's active time. */
export function TimesReportPage() {
  const { t } = useTranslation();
  const labels = useLeadLabels();
  const { report, range } = useLeadReport('leadReports.times');
  const tables = useMemo(() => report && timesTables(report, labels), [report, labels]);
  const totals = report?.totals;
  const empty = totals && TIME_METRICS.every((m) => totals[m].count === 0);
  const time = (ms: number | null) => (ms === null ? '–' : durationText(labels, ms));
  return (
    <LeadReportFrame kind="times" range={range} tables={tables}>
      {report && tables && totals && (
        <div className="times-report">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('timesReport.pauseNote')}
          </Typography.Paragraph>
          <Figures
            figures={TIME_METRICS.flatMap((m) => {
              const metric = t(`timesReport.metric.${m}`);
              return [
                {
                  title: t('timesReport.medianOf', { metric }),
                  value: time(totals[m].medianMs),
                  note: t('timesReport.measured', { count: totals[m].count }),
                },
                { title: t('timesReport.p90Of', { metric }), value: time(totals[m].p90Ms) },
              ];
            })}
          />
          {empty && <Empty className="lead-report__card" description={t('timesReport.empty')} />}
          <ReportCard table={tables[0]!}>{!empty && <TimesOverTimeChart report={report} />}</ReportCard>
          <ReportCard table={tables[1]!}>
            {!empty && <TimesByChart report={report} by="severity" />}
          </ReportCard>
          <ReportCard table={tables[2]!}>
            {!empty && <TimesByChart report={report} by="supportArea" />}
          </ReportCard>
        </div>
      )}
    </LeadReportFrame>
  );
}
