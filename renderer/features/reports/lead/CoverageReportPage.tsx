import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_VIEWS, CoverageHeatmap, type CoverageView } from './CoverageHeatmap';
import { coverageTables } from './coverage-tables';
import { ReportCard } from './DataTable';
import { Figures } from './Figures';
import { LeadReportFrame } from './LeadReportFrame';
import { ReportNote } from './ReportNote';
import { useLeadTables } from './use-lead-tables';

// The owner of a case is chosen after it arrives, and staffing is the whole team's: the agent filter would
// cut demand by a later decision, so this report does not offer it.
const HIDDEN = ['agentId'] as const;

/** #/reports/coverage: where in the week cases arrive with too few agents signed in, or nobody at all. */
export function CoverageReportPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<CoverageView>('demand');
  const { report, range, labels, tables } = useLeadTables('leadReports.coverage', coverageTables);
  return (
    <LeadReportFrame
      kind="coverage"
      range={range}
      tables={tables}
      note={t('coverageReport.note')}
      hiddenFilters={HIDDEN}
    >
      {report && tables && (
        <>
          <Figures
            figures={[
              { title: t('coverageReport.figureArrivals'), value: report.arrivals },
              {
                title: t('coverageReport.figureBusiest'),
                value: report.busiestHours,
                note: t('coverageReport.busiestNote'),
              },
              { title: t('coverageReport.figureUnstaffed'), value: report.unstaffedHours },
              { title: t('coverageReport.figureUnrostered'), value: report.unrosteredHours },
            ]}
          />
          <ReportCard table={tables[0]!}>
            {report.arrivals === 0 && (
              <Typography.Paragraph type="secondary">{t('coverageReport.noArrivals')}</Typography.Paragraph>
            )}
            <Segmented<CoverageView>
              className="sd-no-print"
              aria-label={t('coverageReport.views')}
              value={view}
              onChange={setView}
              options={COVERAGE_VIEWS.map((v) => ({ value: v, label: t(`coverageReport.view.${v}`) }))}
            />
            <Typography.Paragraph className="lead-report__print-title">
              {t(`coverageReport.view.${view}`)}
            </Typography.Paragraph>
            <CoverageHeatmap report={report} view={view} labels={labels} />
            <ReportNote>
              {`▲ ${t('coverageReport.busiest')} · ✕ ${t('coverageReport.unstaffed')} · ○ ${t('coverageReport.unrostered')}`}
            </ReportNote>
          </ReportCard>
        </>
      )}
    </LeadReportFrame>
  );
}
