import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Loads what a view shows when it appears; a failure is a toast, and the view keeps what it had. */
export function useLoad(load: () => Promise<unknown>): void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useEffect(() => {
    load().catch(() => message.error(t('errors.INTERNAL')));
  }, [load, message, t]);
}
