import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { VOLUME_BREAKDOWNS } from '../../../../core/volume-report';
import { ChartCard } from './ChartCard';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { useLeadTables } from './use-lead-tables';
import { VolumeShareChart, volumeAgeChart, volumePeriodChart } from './VolumeCharts';
import { volumeTables } from './volume-tables';

/** #/reports/volume: how much work came in and went out, what is left open, how old, and from where. */
export function VolumeReportPage() {
  const { t } = useTranslation();
  const { report, range, labels, tables } = useLeadTables('leadReports.volume', volumeTables);
  const totals = report?.totals;
  const openAtEnd = report?.periods.at(-1)?.openAtEnd ?? 0;
  const anyOpen = report?.periods.some((p) => p.openAtEnd > 0) ?? false;
  const quiet = totals && totals.created + totals.resolved + totals.closed === 0;
  return (
    <LeadReportFrame kind="volume" range={range} tables={tables} note={t('volumeReport.backlogNote')}>
      {report && tables && totals && (
        <>
          <Figures
            figures={[
              { title: t('volumeReport.created'), value: totals.created },
              { title: t('volumeReport.resolved'), value: totals.resolved },
              { title: t('volumeReport.closed'), value: totals.closed },
              { title: t('volumeReport.openAtEnd'), value: openAtEnd },
            ]}
          />
          {quiet && <Empty className="lead-report__card" description={t('volumeReport.empty')} />}
          <ChartCard
            table={tables[0]!}
            report={report}
            draw={volumePeriodChart}
            height={260}
            drawn={!quiet}
          />
          <ChartCard table={tables[1]!} report={report} draw={volumeAgeChart} height={240} drawn={anyOpen} />
          {VOLUME_BREAKDOWNS.map((dim, i) => (
            <ReportCard key={dim} table={tables[i + 2]!}>
              {report.breakdowns[dim].length > 0 && (
                <VolumeShareChart report={report} dim={dim} labels={labels} />
              )}
            </ReportCard>
          ))}
        </>
      )}
    </LeadReportFrame>
  );
}
