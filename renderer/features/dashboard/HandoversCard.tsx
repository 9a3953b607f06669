import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NowDashboard } from '../../../core/dashboard';
import { useNow } from '../../lib/clock';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { formatCountdown } from '../../../core/duration-text';

/** Handovers the incoming agent has not read back and acknowledged yet, oldest first. */
export function HandoversCard({ handovers }: { handovers: NowDashboard['handovers'] | undefined }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const navigate = useStore((s) => s.navigate);
  return (
    <Card
      size="small"
      title={t('dashboard.handovers.title')}
      loading={!handovers}
      style={{ height: '100%' }}
      data-testid="handovers-card"
    >
      {handovers && handovers.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dashboard.handovers.empty')}
          style={{ margin: 0 }}
        />
      )}
      {handovers && handovers.length > 0 && (
        <List
          size="small"
          dataSource={handovers}
          renderItem={(h) => (
            <List.Item key={h.id} style={{ paddingInline: 0 }}>
              <Typography.Link onClick={() => navigate({ name: 'handoverView', id: h.id })}>
                {t('dashboard.handovers.from', { name: h.fromAgent.name, time: formatDateTime(h.createdAt) })}
              </Typography.Link>
              <Typography.Text type="warning">
                {t('dashboard.handovers.waiting', {
                  duration: formatCountdown(t, Math.max(0, now - h.createdAt)),
                })}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
