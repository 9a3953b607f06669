import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NowDashboard, WaitingOn21v } from '../../../core/dashboard';
import { useNow } from '../../lib/clock';
import { severityColumn } from '../../shared/case-tag-columns';
import { formatCountdown } from '../../../core/duration-text';
import { CaseTableCard } from './CaseTableCard';

/** Cases waiting on 21Vianet, longest first: the request number and how long it has been. */
export function WaitingCard({ waiting }: { waiting: NowDashboard['waitingOn21v'] | undefined }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  return (
    <CaseTableCard<WaitingOn21v>
      title={t('dashboard.waiting.title')}
      section={waiting}
      rowKey="caseId"
      emptyText={t('dashboard.waiting.empty')}
      style={{ height: '100%' }}
      testId="waiting-card"
      columns={[
        severityColumn(t, 90),
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
          render: (since: number) => formatCountdown(t, Math.max(0, now - since)),
        },
      ]}
    />
  );
}
