import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askToNotify, canAskToNotify, notificationsBlocked } from './browser-notify';

/** Browser mode only: desktop notifications need the agent's permission, asked for on a click. */
export function NotifyPermission() {
  const { t } = useTranslation();
  const [, rerender] = useState(0);
  if (notificationsBlocked()) {
    return <Alert type="info" banner showIcon={false} title={t('sla.alerts.notificationsBlocked')} />;
  }
  if (!canAskToNotify()) return null;
  return (
    <Alert
      type="info"
      banner
      showIcon={false}
      title={t('sla.alerts.notificationsOff')}
      action={
        <Button size="small" onClick={() => void askToNotify().then(() => rerender((n) => n + 1))}>
          {t('sla.alerts.enableNotifications')}
        </Button>
      }
    />
  );
}
