import { Badge, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverTab } from './tabs';
import { useStore } from '../../store';
import { ComposeTab } from './ComposeTab';
import { HistoryTab } from './HistoryTab';
import { ImportButton } from './ImportButton';
import { IncomingTab } from './IncomingTab';
import { PageTitle } from '../../shared/PageTitle';
import { PageTabs } from '../../shared/PageTabs';

/** 交接班 / Handover: write the handover at the end of a shift, read one back at the start, look one up. */
export function HandoverPage({ tab }: { tab: HandoverTab }) {
  const { t } = useTranslation();
  const me = useStore((s) => s.agent);
  const waiting = useStore((s) => s.handoverPending.filter((p) => p.fromAgent.id !== me?.id).length);
  const loadPending = useStore((s) => s.loadPendingHandovers);

  // Loaded again when changes from other workstations arrive (team sync): a handover written elsewhere.
  const remoteEpoch = useStore((s) => s.remoteEpoch);
  useEffect(() => {
    void loadPending().catch(() => undefined);
  }, [loadPending, remoteEpoch]);

  return (
    <div style={{ maxWidth: 1400 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <PageTitle marginBottom={4}>{t('handover.title')}</PageTitle>
        <ImportButton />
      </Space>
      <PageTabs
        page="handover"
        tab={tab}
        size="small"
        items={[
          { key: 'compose', label: t('handover.tabs.compose'), children: <ComposeTab /> },
          {
            key: 'incoming',
            label: (
              <Space size={6}>
                {t('handover.tabs.incoming')}
                <Badge count={waiting} size="small" />
              </Space>
            ),
            children: <IncomingTab />,
          },
          { key: 'history', label: t('handover.tabs.history'), children: <HistoryTab /> },
        ]}
      />
    </div>
  );
}
