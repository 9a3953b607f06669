import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from './duty-text';

/** `refusalText` in the agent's language: the service's own reason where the UI knows it. */
export function useRefusalText(): (error: unknown, fallback?: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown, fallback?: string) => refusalText(t, error, (k) => i18n.exists(k), fallback),
    [t, i18n],
  );
}

/** Shows a refused roster or duty call as a toast, in the service's own words where it gave them. */
export function useShowRefusal() {
  const { message } = App.useApp();
  const refusal = useRefusalText();
  return useCallback((error: unknown) => message.error(refusal(error)), [message, refusal]);
}
