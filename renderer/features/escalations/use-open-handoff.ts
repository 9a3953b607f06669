import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';
import { useStore } from '../../store';

/**
 * Opens 21Vianet's page for the hand-off: the desktop app shows it in its locked-down hand-off window; in
 * browser mode (no such window) the page opens a new tab, after the service has checked the address
 * against the allowlist. Resolves to whether anything opened.
 */
export function useOpenHandoff() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const openWindow = useStore((s) => s.openHandoffWindow);
  return useCallback(
    async (url: string): Promise<boolean> => {
      try {
        const result = await openWindow(url);
        if (!result.opened) window.open(result.url, '_blank', 'noopener');
        return true;
      } catch (error) {
        const notAllowed =
          error instanceof ApiCallError &&
          error.issues.some((i) => i.message === 'validation.notAllowlisted');
        message.error(notAllowed ? t('validation.notAllowlisted') : t('escalation.openFailed'));
        return false;
      }
    },
    [message, t, openWindow],
  );
}
