import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverReport } from '../../../../core/handover-report';
import { EChart } from '../chart/EChart';
import { BREACHED_COLOR, LINE_COLOR, MET_COLOR, SERIES_COLORS } from '../chart/options';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { handoverTable } from './handover-tables';
import { LeadReportFrame } from './LeadReportFrame';
import { durationText } from './report-labels';
import { percentText } from './report-table';
import { useLeadLabels } from './use-lead-labels';
import { useLeadReport } from './use-lead-report';

/** Shifts ended per period: read back, not read back (stacked), and the handovers still pending as a line. */
function HandoverChart({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      color: SERIES_COLORS,
      xAxis: { type: 'category', data: report.periods.map((p) => p.key) },
      yAxis: { type: 'value', minInterval: 1 },
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
    }),
    [report, t],
  );
  return <EChart option={option} label={t('leadReports.handovers.perPeriod')} height={240} />;
}

/** #/reports/handovers: does every shift end with a handover the next agent read back, and how fast. */
export function HandoverReportPage() {
  const { t } = useTranslation();
  const labels = useLeadLabels();
  const { report, range } = useLeadReport('leadReports.handovers');
  const tables = useMemo(() => report && [handoverTable(report, labels)], [report, labels]);
  const totals = report?.totals;
  return (
    <LeadReportFrame kind="handovers" range={range} tables={tables}>
      {report && tables && totals && (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('leadReports.handovers.filterNote')}
          </Typography.Paragraph>
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
                value:
                  totals.averageReadBackMs === null ? '–' : durationText(labels, totals.averageReadBackMs),
              },
            ]}
          />
          <ReportCard table={tables[0]!}>
            <HandoverChart report={report} />
          </ReportCard>
        </>
      )}
    </LeadReportFrame>
  );
}
