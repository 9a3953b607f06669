import { Segmented, Typography } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REPORT_DIMENSIONS,
  type DimensionRow,
  type EscalationReport,
  type RepeatedTopic,
  type ReportDimension,
  type WaitingRequest,
} from '../../../core/escalation-report';
import { formatDateTime } from '../../shared/format';
import { rowOpens } from '../../shared/row-opens';
import { useStore } from '../../store';
import { HandoffStatusTag } from '../escalations/labels';
import { draftFromTopic } from '../knowledge/article-drafts';
import { WriteArticleButton } from '../knowledge/WriteArticleButton';
import { formatWait } from '../../../core/duration-text';
import type { ReportLabels } from './report-csv';

/** Escalations per period for one dimension at a time, with totals. */
export function BreakdownTable({ report, labels }: { report: EscalationReport; labels: ReportLabels }) {
  const { t } = useTranslation();
  const [dimension, setDimension] = useState<ReportDimension>('supportArea');
  return (
    <>
      <Segmented<ReportDimension>
        size="small"
        value={dimension}
        onChange={setDimension}
        options={REPORT_DIMENSIONS.map((d) => ({ value: d, label: t(`escalationReport.by.${d}`) }))}
        style={{ marginBottom: 8 }}
      />
      <ListTable<DimensionRow>
        rowKey="key"
        scroll={{ x: 'max-content' }}
        dataSource={report.dimensions[dimension]}
        locale={{ emptyText: t('escalationReport.none') }}
        columns={[
          {
            title: t(`escalationReport.by.${dimension}`),
            key: 'name',
            fixed: 'left',
            width: 200,
            render: (_, row) => labels.name(dimension, row),
          },
          ...report.periods.map((p, i) => ({
            title: p.key,
            key: p.key,
            align: 'right' as const,
            render: (_: unknown, row: DimensionRow) => row.perPeriod[i] || '',
          })),
          {
            title: t('escalationReport.csv.total'),
            dataIndex: 'total',
            align: 'right',
            fixed: 'right',
            width: 70,
          },
        ]}
      />
    </>
  );
}

/** Topics escalated more than once: candidates for a knowledge-base article or training. */
export function RepeatedTable({ rows, labels }: { rows: RepeatedTopic[]; labels: ReportLabels }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  const language = useStore((s) => s.language);
  return (
    <ListTable<RepeatedTopic>
      rowKey={(r) => r.escalations[0]!.id}
      dataSource={rows}
      locale={{ emptyText: t('escalationReport.noRepeats') }}
      columns={[
        {
          title: t('escalation.service'),
          key: 'service',
          width: 120,
          render: (_, r) => labels.service(r.service),
        },
        { title: t('escalationReport.topic'), dataIndex: 'title', ellipsis: true },
        { title: t('escalationReport.csv.count'), dataIndex: 'count', width: 70, align: 'right' },
        {
          title: t('escalationReport.csv.cases'),
          key: 'cases',
          render: (_, r) =>
            r.escalations.map((e) => (
              <Typography.Link
                key={e.id}
                onClick={() => navigate({ name: 'case', id: e.caseId })}
                style={{ marginRight: 8, whiteSpace: 'nowrap' }}
              >
                {e.caseNumber}
              </Typography.Link>
            )),
        },
        {
          title: t('escalationReport.action'),
          key: 'write',
          width: 150,
          render: (_, r) => (
            <WriteArticleButton
              label={t('knowledge.fromEscalation.write')}
              name={t('knowledge.fromEscalation.writeFor', { title: r.title })}
              draft={() => draftFromTopic(t, language, r)}
            />
          ),
        },
      ]}
    />
  );
}

/** What 21Vianet still has, the longest wait first (as of the report's generation). */
export function WaitingTable({ rows }: { rows: WaitingRequest[] }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  return (
    <ListTable<WaitingRequest>
      rowKey="id"
      dataSource={rows}
      locale={{ emptyText: t('escalationReport.noneWaiting') }}
      onRow={rowOpens((r) =>
        r.caseId
          ? navigate({ name: 'case', id: r.caseId })
          : navigate({ name: 'escalations', tab: 'partner' }),
      )}
      columns={[
        {
          title: t('handoff.requestNumber'),
          dataIndex: 'requestNumber',
          width: 170,
          render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
        },
        {
          title: t('escalationList.case'),
          key: 'case',
          width: 150,
          render: (_, r) => r.caseNumber ?? t('queue.kinds.partner_request'),
        },
        { title: t('escalationList.customer'), dataIndex: 'customerName', width: 160, ellipsis: true },
        { title: t('escalation.title'), dataIndex: 'title', ellipsis: true },
        {
          title: t('escalationList.status'),
          key: 'status',
          width: 130,
          render: (_, r) => <HandoffStatusTag status={r.status} />,
        },
        {
          title: t('escalationList.submitted'),
          key: 'submitted',
          width: 140,
          render: (_, r) => formatDateTime(r.submittedAt),
        },
        {
          title: t('escalationList.waiting'),
          key: 'waiting',
          width: 110,
          align: 'right',
          render: (_, r) => formatWait(t, r.waitingMs),
        },
      ]}
    />
  );
}
