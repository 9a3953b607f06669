import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';

/**
 * The words for a failed call: the service's own reason when it gave one the UI knows (a `handover.` key),
 * else the error code's text.
 */
export function useRefusalText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiCallError)) return t('errors.INTERNAL');
      const issue = error.issues.find((i) => i.message.startsWith('handover.') && i18n.exists(i.message));
      return issue ? t(issue.message) : t(`errors.${error.code}`);
    },
    [t, i18n],
  );
}
