import { DownloadOutlined } from '@ant-design/icons';
import { deskTime, pickerValue } from '../../shared/format';
import { serviceNow } from '../../lib/clock';
import { Button, Card, Col, DatePicker, Row, Segmented, Space, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportGranularity } from '../../../core/escalation-report';
import { download } from '../../shared/download';
import { HBars } from './HBars';
import { PeriodChart } from './PeriodChart';
import { ReportFigures } from './ReportFigures';
import { reportToCsv } from './report-csv';
import { BreakdownTable, RepeatedTable, WaitingTable } from './ReportTables';
import { useEscalationReport } from './use-escalation-report';
import { useReportLabels } from './use-report-labels';
import { PageTitle } from '../../shared/PageTitle';
import { ReportsNav } from './ReportsNav';
import { ReportNote } from './lead/ReportNote';

type Range = [Dayjs, Dayjs];
/** The last six months up to today, on the desk's calendar and the service's clock. */
const defaultRange = (): Range => {
  const today = pickerValue(serviceNow()).startOf('day');
  return [today.subtract(5, 'month').startOf('month'), today];
};

/** #/reports/escalations: how often and why the desk escalates, what repeats, what still waits. */
export function EscalationReportPage() {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const [range, setRange] = useState<Range>(defaultRange);
  const [granularity, setGranularity] = useState<ReportGranularity>('month');
  const report = useEscalationReport(range, granularity);

  const card = (dimension: 'supportArea' | 'service' | 'agent' | 'reason') => (
    <Card size="small" title={t(`escalationReport.by.${dimension}`)} style={{ height: '100%' }}>
      <HBars
        label={t(`escalationReport.by.${dimension}`)}
        rows={(report?.dimensions[dimension] ?? []).map((r) => ({
          key: r.key,
          label: labels.name(dimension, r),
          value: r.total,
        }))}
      />
    </Card>
  );

  return (
    <div style={{ maxWidth: 1400 }} data-testid="escalation-report">
      <ReportsNav current="escalations" />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <PageTitle marginBottom={0}>{t('escalationReport.title')}</PageTitle>
        <Space wrap>
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            aria-label={t('escalationReport.range')}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
          <Segmented<ReportGranularity>
            value={granularity}
            onChange={setGranularity}
            options={[
              { value: 'week', label: t('escalationReport.week') },
              { value: 'month', label: t('escalationReport.month') },
            ]}
          />
          <Button
            icon={<DownloadOutlined />}
            disabled={!report}
            onClick={() =>
              report &&
              download(
                reportToCsv(report, labels),
                `shiftdesk-escalations-${deskTime(report.generatedAt).format('YYYYMMDD-HHmm')}.csv`,
              )
            }
          >
            {t('escalationReport.exportCsv')}
          </Button>
        </Space>
      </Space>
      {!report ? (
        <Spin />
      ) : (
        <>
          <ReportFigures report={report} />
          <Row gutter={12} style={{ marginBottom: 12 }}>
            <Col span={16}>
              <Card size="small" title={t('escalationReport.perPeriod')} style={{ height: '100%' }}>
                <PeriodChart periods={report.periods} />
              </Card>
            </Col>
            <Col span={8}>{card('reason')}</Col>
          </Row>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            <Col span={8}>{card('supportArea')}</Col>
            <Col span={8}>{card('service')}</Col>
            <Col span={8}>{card('agent')}</Col>
          </Row>
          <Card size="small" title={t('escalationReport.breakdown')} style={{ marginBottom: 12 }}>
            <BreakdownTable report={report} labels={labels} />
          </Card>
          <Card size="small" title={t('escalationReport.repeated')} style={{ marginBottom: 12 }}>
            <ReportNote>{t('escalationReport.repeatedHelp')}</ReportNote>
            <RepeatedTable rows={report.repeated} labels={labels} />
          </Card>
          <Card size="small" title={t('escalationReport.waiting')}>
            <WaitingTable rows={report.waiting} />
          </Card>
        </>
      )}
    </div>
  );
}
