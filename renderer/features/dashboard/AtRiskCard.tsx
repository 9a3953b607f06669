import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AtRiskClock, NowDashboard } from '../../../electron/contract/dashboard';
import { useNow } from '../../lib/clock';
import { useStore } from '../../store';
import { SeverityTag, StatusTag } from '../cases/labels';
import { DueCell } from '../sla/DueCell';
import { formatDueTime } from '../sla/format';

/** Every running clock that runs out within the hour, overdue ones first, each opening its case. */
export function AtRiskCard({ atRisk }: { atRisk: NowDashboard['atRisk'] | undefined }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  const now = useNow(60_000);
  const more = atRisk ? atRisk.total - atRisk.items.length : 0;
  return (
    <Card
      size="small"
      title={t('dashboard.atRisk.title')}
      extra={
        more > 0 && <Typography.Text type="secondary">{t('dashboard.more', { count: more })}</Typography.Text>
      }
      styles={{ body: { padding: 0 } }}
      data-testid="at-risk-card"
    >
      <Table<AtRiskClock>
        size="small"
        loading={!atRisk}
        pagination={false}
        rowKey={(r) => `${r.caseId}:${r.clock}`}
        dataSource={atRisk?.items ?? []}
        locale={{ emptyText: t('dashboard.atRisk.empty') }}
        aria-label={t('dashboard.atRisk.title')}
        onRow={(r) => ({
          onClick: () => navigate({ name: 'case', id: r.caseId }),
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: t('fields.number'),
            dataIndex: 'number',
            width: 150,
            render: (n: string) => <Typography.Text code>{n}</Typography.Text>,
          },
          { title: t('fields.title'), dataIndex: 'title', ellipsis: true },
          { title: t('fields.customer'), dataIndex: 'customerName', width: 170, ellipsis: true },
          {
            title: t('fields.severity'),
            dataIndex: 'severity',
            width: 100,
            render: (s: AtRiskClock['severity']) => <SeverityTag severity={s} />,
          },
          {
            title: t('fields.status'),
            dataIndex: 'status',
            width: 120,
            render: (s: AtRiskClock['status']) => <StatusTag status={s} />,
          },
          {
            title: t('dashboard.atRisk.clock'),
            dataIndex: 'clock',
            width: 110,
            render: (c: AtRiskClock['clock']) => t(`sla.clock.${c}`),
          },
          {
            title: t('dashboard.atRisk.due'),
            dataIndex: 'dueAt',
            width: 110,
            render: (ms: number) => formatDueTime(ms, now),
          },
          {
            title: t('sla.column'),
            key: 'left',
            width: 130,
            render: (_v, r) => <DueCell dueAt={r.dueAt} state="running" />,
          },
          {
            title: t('fields.owner'),
            key: 'owner',
            width: 110,
            render: (_v, r) =>
              r.owner?.name ?? <Typography.Text type="secondary">{t('caseList.unassigned')}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
