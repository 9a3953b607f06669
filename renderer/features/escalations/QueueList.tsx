import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../core/escalation-queue';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { selectOnline } from '../network/network-slice';

/** Requests prepared (often offline) and not yet submitted in 21Vianet's form: continue each one here. */
export function QueueList() {
  const { t } = useTranslation();
  const queue = useStore((s) => s.handoffQueue);
  const load = useStore((s) => s.loadHandoffQueue);
  const online = useStore(selectOnline);
  const navigate = useStore((s) => s.navigate);
  const openPanel = useStore((s) => s.openEscalationPanel);
  const openPartner = useStore((s) => s.openPartnerRequest);

  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  const resume = (item: QueueItem) => {
    if (item.kind === 'partner_request') return openPartner(item.id);
    navigate({ name: 'case', id: item.caseId! });
    openPanel(item.caseId!);
  };

  if (queue.length === 0) return <Empty description={t('queue.empty')} />;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {online ? t('queue.introOnline') : t('queue.introOffline')}
      </Typography.Paragraph>
      <List<QueueItem>
        size="small"
        bordered
        dataSource={queue}
        renderItem={(item) => (
          <List.Item
            data-testid="queue-item"
            actions={[
              <Button key="go" size="small" type="primary" disabled={!online} onClick={() => resume(item)}>
                {t('queue.continue')}
              </Button>,
            ]}
          >
            <Space size={8} wrap>
              <Tag color={item.kind === 'escalation' ? 'purple' : 'cyan'}>
                {t(`queue.kinds.${item.kind}`)}
              </Tag>
              {item.caseNumber && <Typography.Text code>{item.caseNumber}</Typography.Text>}
              <Typography.Text strong>{item.title}</Typography.Text>
              {item.customerName && <Typography.Text type="secondary">{item.customerName}</Typography.Text>}
              {item.queuedOffline && <Tag>{t('escalation.preparedOffline')}</Tag>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('queue.since', { time: formatDateTime(item.createdAt) })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}
