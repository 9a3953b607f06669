import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onServiceClockChange, serviceNow } from '../../lib/clock';
import { lazyComponent } from '../../lib/lazy-component';
import { useStore } from '../../store';
import { notifyInBrowser } from './browser-notify';

// The list of alerts loads the first time the bell is clicked; the count beside the bell is always there.
const AlertPanel = lazyComponent(() => import('./AlertPanel'), 'AlertPanel');

/** The alert area is read this often, and at once when the service's clock moves. */
const POLL_MS = 5_000;

/** The header's bell: unread SLA warnings and breaches, and the panel that lists them. */
export function AlertBell() {
  const { t } = useTranslation();
  const unread = useStore((s) => s.slaUnread);
  const loadAlerts = useStore((s) => s.loadAlerts);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const load = () =>
      loadAlerts()
        .then((fresh) => notifyInBrowser(fresh, t, serviceNow()))
        .catch(() => undefined);
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    const stop = onServiceClockChange(() => void load());
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [loadAlerts, t]);

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
      styles={{ container: { padding: 0 } }}
      content={
        <Suspense fallback={null}>
          <AlertPanel onClose={() => setOpen(false)} />
        </Suspense>
      }
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 16 }} />}
          aria-label={t('sla.alerts.bell', { count: unread })}
          data-testid="alert-bell"
        />
      </Badge>
    </Popover>
  );
}
