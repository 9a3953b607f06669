import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';

/** In the header while the case log could only be opened for reading: why changes are refused, and what to do. */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => {
    call('caseLog.state', {}).then(
      (state) => setReadOnly(state.readOnly),
      () => {},
    );
  }, []);
  if (!readOnly) return null;
  return (
    <Tooltip title={t('backups.readOnlyHelp')}>
      <Tag color="orange" role="status" aria-label={t('backups.readOnlyHelp')} tabIndex={0}>
        {t('backups.readOnly')}
      </Tag>
    </Tooltip>
  );
}
