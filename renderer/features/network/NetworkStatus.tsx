import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Space, Switch, Tag, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { selectOnline } from './network-slice';

/**
 * The header's network state: what the browser says, the agent's "work offline" override, and the queue of
 * requests waiting to be submitted. When the network returns with requests queued, the agent is told.
 */
export function NetworkStatus() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const online = useStore(selectOnline);
  const workOffline = useStore((s) => s.workOffline);
  const setBrowserOnline = useStore((s) => s.setBrowserOnline);
  const setWorkOffline = useStore((s) => s.setWorkOffline);
  const queued = useStore((s) => s.handoffQueue.length);
  const loadQueue = useStore((s) => s.loadHandoffQueue);
  const navigate = useStore((s) => s.navigate);
  const wasOnline = useRef(online);

  useEffect(() => {
    const update = () => setBrowserOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [setBrowserOnline]);

  useEffect(() => {
    void loadQueue().catch(() => undefined);
  }, [loadQueue]);

  useEffect(() => {
    const back = online && !wasOnline.current;
    wasOnline.current = online;
    if (!back) return;
    loadQueue()
      .then((queue) => {
        if (queue.length === 0) return;
        notification.info({
          key: 'handoff-queue',
          title: t('network.backOnline'),
          description: t('network.readyToSubmit', { count: queue.length }),
          actions: (
            <Button
              type="primary"
              size="small"
              onClick={() => {
                notification.destroy('handoff-queue');
                navigate({ name: 'escalations', tab: 'queue' });
              }}
            >
              {t('network.openQueue')}
            </Button>
          ),
          duration: 0,
        });
      })
      .catch(() => undefined);
  }, [online, loadQueue, notification, navigate, t]);

  return (
    <Space size={6} data-testid="network-status">
      <Tooltip title={t('network.queueTooltip', { count: queued })}>
        <Badge count={queued} size="small" offset={[-2, 2]}>
          <Button
            type="text"
            size="small"
            icon={<CloudUploadOutlined />}
            aria-label={t('network.queueTooltip', { count: queued })}
            onClick={() => navigate({ name: 'escalations', tab: 'queue' })}
          />
        </Badge>
      </Tooltip>
      <Tag color={online ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
        {online ? t('network.online') : workOffline ? t('network.offlineManual') : t('network.offline')}
      </Tag>
      <Tooltip title={t('network.workOfflineHelp')}>
        <Switch
          size="small"
          checked={workOffline}
          aria-label={t('network.workOffline')}
          onChange={setWorkOffline}
        />
      </Tooltip>
    </Space>
  );
}
