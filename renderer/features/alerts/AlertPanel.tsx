import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { App, Button, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaAlert } from '../../../core/sla-alerts';
import { useNow } from '../../lib/clock';
import { useStore } from '../../store';
import { errorText } from '../../shared/error-text';
import { SeverityTag } from '../../shared/labels';
import { formatDueTime } from '../../shared/countdown';
import { NotifyPermission } from './NotifyPermission';

/** The alert area: the last day's warnings and breaches for open cases, newest first, each to its case. */
export function AlertPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const alerts = useStore((s) => s.slaAlerts);
  const unread = useStore((s) => s.slaUnread);
  const markRead = useStore((s) => s.markAlertsRead);
  const navigate = useStore((s) => s.navigate);
  const now = useNow(30_000);
  const { message } = App.useApp();
  // Marking read is a change, refused while nobody is signed in: say so rather than fail silently.
  const read = (ids?: string[]) =>
    markRead(ids).catch((error: unknown) => message.error(errorText(t, error)));

  const open = (alert: SlaAlert) => {
    if (!alert.read) void read([alert.id]);
    navigate({ name: 'case', id: alert.caseId });
    onClose();
  };

  return (
    <div style={{ width: 420 }} role="region" aria-label={t('sla.alerts.title')} data-testid="alert-panel">
      <Space
        style={{
          width: '100%',
          justifyContent: 'space-between',
          padding: '8px 12px',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Typography.Text strong>{t('sla.alerts.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} onClick={() => void read()}>
          {t('sla.alerts.markAllRead')}
        </Button>
      </Space>
      <NotifyPermission />
      {alerts.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('sla.alerts.empty')}
          style={{ padding: 16 }}
        />
      ) : (
        <List
          size="small"
          style={{ maxHeight: 420, overflowY: 'auto' }}
          dataSource={alerts}
          renderItem={(alert) => (
            <List.Item
              key={alert.id}
              data-testid="alert-item"
              data-kind={alert.kind}
              onClick={() => open(alert)}
              style={{
                cursor: 'pointer',
                alignItems: 'flex-start',
                background: alert.read ? undefined : '#f0f7ff',
              }}
            >
              <AlertLine alert={alert} now={now} />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

function AlertLine({ alert, now }: { alert: SlaAlert; now: number }) {
  const { t } = useTranslation();
  const breach = alert.kind === 'breach';
  const clock = t(`sla.clock.${alert.clock}`);
  const time = formatDueTime(alert.dueAt, now);
  return (
    <Space align="start" size={8} style={{ width: '100%' }}>
      {breach ? (
        <ExclamationCircleFilled style={{ color: '#cf1322', marginTop: 3 }} />
      ) : (
        <ClockCircleOutlined style={{ color: '#d48806', marginTop: 3 }} />
      )}
      <div style={{ minWidth: 0 }}>
        <Space size={6}>
          <Typography.Link strong={!alert.read}>{alert.caseNumber}</Typography.Link>
          <SeverityTag severity={alert.severity} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDueTime(alert.at, now)}
          </Typography.Text>
        </Space>
        <Typography.Text ellipsis style={{ display: 'block', maxWidth: 360 }}>
          {alert.caseTitle}
        </Typography.Text>
        <Typography.Text type={breach ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
          {breach
            ? t('sla.alerts.breach', { clock, time })
            : t('sla.alerts.warning', { clock, time, offset: alert.offsetMin })}
        </Typography.Text>
      </div>
    </Space>
  );
}
