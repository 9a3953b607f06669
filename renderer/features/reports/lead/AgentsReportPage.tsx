import { useTranslation } from 'react-i18next';
import type { AgentsReport } from '../../../../core/agents-report';
import type { TFunction } from 'i18next';
import type { CategoryChart } from '../chart/options';
import { agentsTables } from './agents-tables';
import { ChartCard } from './ChartCard';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { useLeadTables } from './use-lead-tables';

const SERIES = ['casesHandled', 'replies', 'firstResponsesMet', 'handoversGiven', 'readBacks'] as const;

/** One group of bars per agent: cases, replies, first responses met, handovers given and read back. */
const agentsChart = (report: AgentsReport, t: TFunction): CategoryChart => ({
  categories: report.totals.map((a) => a.agentName),
  shadow: true,
  series: SERIES.map((key) => ({
    type: 'bar',
    barMaxWidth: 24,
    name: t(`agentsReport.${key === 'firstResponsesMet' ? 'firstResponses' : key}`),
    data: report.totals.map((a) => a[key]),
  })),
});

/** #/reports/agents: who handled what, answered in time, and handed over and read back how fast. */
export function AgentsReportPage() {
  const { t } = useTranslation();
  const { report, range, tables } = useLeadTables('leadReports.agents', agentsTables);
  const sum = (key: 'casesHandled' | 'replies') => report?.totals.reduce((n, a) => n + a[key], 0) ?? 0;
  return (
    <LeadReportFrame kind="agents" range={range} tables={tables} note={t('agentsReport.note')}>
      {report && tables && (
        <>
          <Figures
            figures={[
              { title: t('agentsReport.figureAgents'), value: report.totals.length },
              { title: t('agentsReport.figureCases'), value: sum('casesHandled') },
              { title: t('agentsReport.figureReplies'), value: sum('replies') },
            ]}
          />
          <ChartCard
            table={tables[0]!}
            report={report}
            draw={agentsChart}
            height={260}
            label={t('agentsReport.chart')}
            drawn={report.totals.length > 0}
          />
          <ReportCard table={tables[1]!} />
        </>
      )}
    </LeadReportFrame>
  );
}
