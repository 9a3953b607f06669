import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NowDashboard } from '../../../core/dashboard';
import { useNow } from '../../lib/clock';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { formatCountdown } from '../../../core/duration-text';
import { DashboardListCard } from './DashboardListCard';

/** Handovers the incoming agent has not read back and acknowledged yet, oldest first. */
export function HandoversCard({ handovers }: { handovers: NowDashboard['handovers'] | undefined }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const navigate = useStore((s) => s.navigate);
  return (
    <DashboardListCard
      title={t('dashboard.handovers.title')}
      testId="handovers-card"
      items={handovers}
      emptyText={t('dashboard.handovers.empty')}
      itemKey={(h) => h.id}
      renderItem={(h) => (
        <>
          <Typography.Link onClick={() => navigate({ name: 'handoverView', id: h.id })}>
            {t('dashboard.handovers.from', { name: h.fromAgent.name, time: formatDateTime(h.createdAt) })}
          </Typography.Link>
          <Typography.Text type="warning">
            {t('dashboard.handovers.waiting', {
              duration: formatCountdown(t, Math.max(0, now - h.createdAt)),
            })}
          </Typography.Text>
        </>
      )}
    />
  );
}
