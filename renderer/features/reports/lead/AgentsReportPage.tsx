import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentsReport } from '../../../../core/agents-report';
import { EChart } from '../chart/EChart';
import { SERIES_COLORS } from '../chart/options';
import { agentsTables } from './agents-tables';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { useLeadLabels } from './use-lead-labels';
import { useLeadReport } from './use-lead-report';

const SERIES = ['casesHandled', 'replies', 'firstResponsesMet', 'handoversGiven', 'readBacks'] as const;

/** One group of bars per agent: cases, replies, first responses met, handovers given and read back. */
function AgentsChart({ report }: { report: AgentsReport }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      color: SERIES_COLORS,
      xAxis: { type: 'category', data: report.totals.map((a) => a.agentName) },
      yAxis: { type: 'value', minInterval: 1 },
      series: SERIES.map((key) => ({
        type: 'bar',
        barMaxWidth: 24,
        name: t(`agentsReport.${key === 'firstResponsesMet' ? 'firstResponses' : key}`),
        data: report.totals.map((a) => a[key]),
      })),
    }),
    [report, t],
  );
  return <EChart option={option} label={t('agentsReport.chart')} height={260} />;
}

/** #/reports/agents: who handled what, answered in time, and handed over and read back how fast. */
export function AgentsReportPage() {
  const { t } = useTranslation();
  const labels = useLeadLabels();
  const { report, range } = useLeadReport('leadReports.agents');
  const tables = useMemo(() => report && agentsTables(report, labels), [report, labels]);
  const sum = (key: 'casesHandled' | 'replies') => report?.totals.reduce((n, a) => n + a[key], 0) ?? 0;
  return (
    <LeadReportFrame kind="agents" range={range} tables={tables}>
      {report && tables && (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('agentsReport.note')}
          </Typography.Paragraph>
          <Figures
            figures={[
              { title: t('agentsReport.figureAgents'), value: report.totals.length },
              { title: t('agentsReport.figureCases'), value: sum('casesHandled') },
              { title: t('agentsReport.figureReplies'), value: sum('replies') },
            ]}
          />
          <ReportCard table={tables[0]!}>
            {report.totals.length > 0 && <AgentsChart report={report} />}
          </ReportCard>
          <ReportCard table={tables[1]!} />
        </>
      )}
    </LeadReportFrame>
  );
}
