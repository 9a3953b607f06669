import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIME_METRICS } from '../../../../core/times-report';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { durationOrDash } from './report-labels';
import { TimesByChart, TimesOverTimeChart } from './TimesCharts';
import { timesTables } from './times-tables';
import { useLeadTables } from './use-lead-tables';
import './times-report.css';

/** #/reports/times: how long the first response and the resolution take, by the clock's active time. */
export function TimesReportPage() {
  const { t } = useTranslation();
  const { report, range, labels, tables } = useLeadTables('leadReports.times', timesTables);
  const totals = report?.totals;
  const empty = totals && TIME_METRICS.every((m) => totals[m].count === 0);
  return (
    <LeadReportFrame kind="times" range={range} tables={tables} note={t('timesReport.pauseNote')}>
      {report && tables && totals && (
        <div className="times-report">
          <Figures
            figures={TIME_METRICS.flatMap((m) => {
              const metric = t(`timesReport.metric.${m}`);
              return [
                {
                  title: t('timesReport.medianOf', { metric }),
                  value: durationOrDash(labels, totals[m].medianMs),
                  note: t('timesReport.measured', { count: totals[m].count }),
                },
                { title: t('timesReport.p90Of', { metric }), value: durationOrDash(labels, totals[m].p90Ms) },
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
