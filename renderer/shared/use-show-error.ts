import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/** Shows a failed call as a toast, in words the agent can act on. */
export function useShowError(): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useCallback((error: unknown) => void message.error(errorText(t, error)), [message, t]);
}
