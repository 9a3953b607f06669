import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the agent pauses typing before the list is searched again. */
const PAUSE_MS = 180;

/** Searches `load` for the box's text once the agent pauses typing; a failure is a toast. */
export function useSearchAsTyped(draft: string, load: (query: string) => Promise<unknown>): void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useEffect(() => {
    const timer = setTimeout(() => {
      load(draft.trim()).catch(() => message.error(t('errors.INTERNAL')));
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, load, message, t]);
}
