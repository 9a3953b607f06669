import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../../shared/download';
import { PageTitle } from '../../../shared/PageTitle';
import { leadReportTitleKeys, type LeadReportKind } from '../lead-report-kinds';
import type { LeadReportFilters } from '../../../../core/lead-reports';
import { ReportsNav } from '../ReportsNav';
import '../reports.css';
import { PeriodPicker } from './PeriodPicker';
import type { ReportRange } from './report-period';
import { tablesToCsv, type ReportTable } from './report-table';
import { ReportFilters } from './ReportFilters';
import { ReportNote } from './ReportNote';

interface Props {
  kind: LeadReportKind;
  range: ReportRange;
  /** The tables shown, null while the report loads. */
  tables: ReportTable[] | null;
  children: ReactNode;
  /** Filters that mean nothing to this report, not offered. */
  hiddenFilters?: readonly (keyof LeadReportFilters)[];
  /** How to read the report, above it once it has loaded. */
  note?: string;
}

/** What every lead report has around it: the tabs, the period, the filters, CSV export and printing. */
export function LeadReportFrame({ kind, range, tables, children, hiddenFilters, note }: Props) {
  const { t } = useTranslation();
  const title = t(leadReportTitleKeys(kind));
  const span = range.firstDay === range.lastDay ? range.firstDay : `${range.firstDay} – ${range.lastDay}`;
  return (
    <div className="lead-report" style={{ maxWidth: 1400 }} data-testid={`lead-report-${kind}`}>
      <ReportsNav current={kind} />
      <Typography.Title level={4} className="lead-report__print-title">
        {`${title} · ${span}`}
      </Typography.Title>
      <div>
        <Space
          className="sd-no-print"
          style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}
          wrap
        >
          <PageTitle marginBottom={0}>{title}</PageTitle>
          <Space wrap>
            <PeriodPicker />
            <Button
              icon={<DownloadOutlined />}
              disabled={!tables}
              onClick={() =>
                tables &&
                download(tablesToCsv(tables), `shiftdesk-${kind}-${range.firstDay}-${range.lastDay}.csv`)
              }
            >
              {t('leadReports.exportCsv')}
            </Button>
            <Button icon={<PrinterOutlined />} disabled={!tables} onClick={() => window.print()}>
              {t('leadReports.print')}
            </Button>
          </Space>
        </Space>
        <div style={{ marginBottom: 12 }}>
          <ReportFilters hide={hiddenFilters} />
        </div>
      </div>
      {tables ? (
        <>
          {note && <ReportNote>{note}</ReportNote>}
          {children}
        </>
      ) : (
        <Spin aria-label={t('leadReports.loading')} />
      )}
    </div>
  );
}
