import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EscalationsTab } from './tabs';
import { useStore } from '../../store';
import { EscalationsTable } from './EscalationsTable';
import { PartnerRequestDrawer } from './PartnerRequestDrawer';
import { PartnerRequestsTable } from './PartnerRequestsTable';
import { QueueList } from './QueueList';
import { PageTitle } from '../../shared/PageTitle';
import { PageTabs } from '../../shared/PageTabs';

/** Everything handed off to 21Vianet: customer escalations, Partner Center requests, the offline queue. */
export function EscalationsPage({ tab }: { tab: EscalationsTab }) {
  const { t } = useTranslation();
  const queued = useStore((s) => s.handoffQueue.length);
  const partnerOpen = useStore((s) => s.partnerRequestOpen);
  return (
    <div style={{ maxWidth: 1400 }}>
      <PageTitle>{t('escalationList.title')}</PageTitle>
      <PageTabs
        page="escalations"
        tab={tab}
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
