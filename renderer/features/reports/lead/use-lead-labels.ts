import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { useServices } from '../../../shared/use-services';
import type { LeadLabels } from './report-labels';

/** The report tables' labels in the agent's language. */
export function useLeadLabels(): LeadLabels {
  const { t } = useTranslation();
  const { name } = useServices();
  return useMemo(
    () => ({ t: (key, options) => t(key, options ?? {}), time: formatDateTime, service: name }),
    [t, name],
  );
}
