import { Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VOLUME_BREAKDOWNS } from '../../../../core/volume-report';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { useLeadLabels } from './use-lead-labels';
import { useLeadReport } from './use-lead-report';
import { VolumeAgeChart, VolumePeriodChart, VolumeShareChart } from './VolumeCharts';
import { volumeTables } from './volume-tables';

/** #/reports/volume: how much work came in and went out, what is left open, how old, and from where. */
export function VolumeReportPage() {
  const { t } = useTranslation();
  const labels = useLeadLabels();
  const { report, range } = useLeadReport('leadReports.volume');
  const tables = useMemo(() => report && volumeTables(report, labels), [report, labels]);
  const totals = report?.totals;
  const openAtEnd = report?.periods.at(-1)?.openAtEnd ?? 0;
  const anyOpen = report?.periods.some((p) => p.openAtEnd > 0);
  const quiet = totals && totals.created + totals.resolved + totals.closed === 0;
  return (
    <LeadReportFrame kind="volume" range={range} tables={tables}>
      {report && tables && totals && (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('volumeReport.backlogNote')}
          </Typography.Paragraph>
          <Figures
            figures={[
              { title: t('volumeReport.created'), value: totals.created },
              { title: t('volumeReport.resolved'), value: totals.resolved },
              { title: t('volumeReport.closed'), value: totals.closed },
              { title: t('volumeReport.openAtEnd'), value: openAtEnd },
            ]}
          />
          {quiet && <Empty className="lead-report__card" description={t('volumeReport.empty')} />}
          <ReportCard table={tables[0]!}>{!quiet && <VolumePeriodChart report={report} />}</ReportCard>
          <ReportCard table={tables[1]!}>
            {anyOpen && <VolumeAgeChart report={report} title={tables[1]!.title} />}
          </ReportCard>
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
