import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NowDashboard, WaitingOn21v } from '../../../electron/contract/dashboard';
import { useNow } from '../../lib/clock';
import { useStore } from '../../store';
import { SeverityTag } from '../cases/labels';
import { formatDuration } from '../sla/format';

/** Cases waiting on 21Vianet, longest first: the request number and how long it has been. */
export function WaitingCard({ waiting }: { waiting: NowDashboard['waitingOn21v'] | undefined }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  const now = useNow(60_000);
  const more = waiting ? waiting.total - waiting.items.length : 0;
  return (
    <Card
      size="small"
      title={t('dashboard.waiting.title')}
      extra={
        more > 0 && <Typography.Text type="secondary">{t('dashboard.more', { count: more })}</Typography.Text>
      }
      styles={{ body: { padding: 0 } }}
      style={{ height: '100%' }}
      data-testid="waiting-card"
    >
      <Table<WaitingOn21v>
        size="small"
        loading={!waiting}
        pagination={false}
        rowKey="caseId"
        dataSource={waiting?.items ?? []}
        locale={{ emptyText: t('dashboard.waiting.empty') }}
        aria-label={t('dashboard.waiting.title')}
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
          {
            title: t('fields.severity'),
            dataIndex: 'severity',
            width: 90,
            render: (s: WaitingOn21v['severity']) => <SeverityTag severity={s} />,
          },
          {
            title: t('dashboard.waiting.request'),
            dataIndex: 'requestNumber',
            width: 150,
            render: (n: string | null) =>
              n ?? <Typography.Text type="secondary">{t('dashboard.waiting.none')}</Typography.Text>,
          },
          {
            title: t('dashboard.waiting.since'),
            dataIndex: 'since',
            width: 130,
            render: (since: number) => formatDuration(t, Math.max(0, now - since)),
          },
        ]}
      />
    </Card>
  );
}
