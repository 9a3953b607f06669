import { Tag, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

/** In the header while the case log could only be opened for reading: why changes are refused, and what to do. */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const readOnly = useStore((s) => s.caseLogReadOnly);
  const loadCaseLogState = useStore((s) => s.loadCaseLogState);
  useEffect(() => {
    // Unknown stays writable: a change refused then says why itself.
    loadCaseLogState().catch(() => {});
  }, [loadCaseLogState]);
  if (!readOnly) return null;
  return (
    <Tooltip title={t('backups.readOnlyHelp')}>
      <Tag color="orange" role="status" aria-label={t('backups.readOnlyHelp')} tabIndex={0}>
        {t('backups.readOnly')}
      </Tag>
    </Tooltip>
  );
}
