import { Badge, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EscalationsTab } from './tabs';
import { useStore } from '../../store';
import { EscalationsTable } from './EscalationsTable';
import { PartnerRequestDrawer } from './PartnerRequestDrawer';
import { PartnerRequestsTable } from './PartnerRequestsTable';
import { QueueList } from './QueueList';

/** Everything handed off to 21Vianet: customer escalations, Partner Center requests, the offline queue. */
export function EscalationsPage({ tab }: { tab: EscalationsTab }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  const queued = useStore((s) => s.handoffQueue.length);
  const partnerOpen = useStore((s) => s.partnerRequestOpen);
  return (
    <div style={{ maxWidth: 1400 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('escalationList.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ name: 'escalations', tab: key as EscalationsTab })}
        destroyOnHidden
        items={[
          { key: 'customer', label: t('escalationList.customerTab'), children: <EscalationsTable /> },
          { key: 'partner', label: t('escalationList.partnerTab'), children: <PartnerRequestsTable /> },
          {
            key: 'queue',
            label: (
              <span>
                {t('escalationList.queueTab')} <Badge count={queued} size="small" />
              </span>
            ),
            children: <QueueList />,
          },
        ]}
      />
      {partnerOpen && <PartnerRequestDrawer key={partnerOpen} openId={partnerOpen} />}
    </div>
  );
}
