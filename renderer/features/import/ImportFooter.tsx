import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { canImport } from './import-file';
import type { ImportPhase } from './use-customer-import';

/** The dialog's buttons for its step: cancel, confirm with the count, or finish. */
export function ImportFooter(props: { phase: ImportPhase; onClose: () => void; onConfirm: () => void }) {
  const { phase, onClose, onConfirm } = props;
  const { t } = useTranslation();
  switch (phase.step) {
    case 'preview':
    case 'writing': {
      const count = phase.preview.creates + phase.preview.updates;
      return (
        <Space>
          <Typography.Text type="secondary">{t('customerImport.confirmHint')}</Typography.Text>
          <Button onClick={onClose} disabled={phase.step === 'writing'}>
            {t('controls.cancel')}
          </Button>
          <Button
            type="primary"
            loading={phase.step === 'writing'}
            disabled={!canImport(phase.preview)}
            onClick={onConfirm}
          >
            {t('customerImport.confirm', { count })}
          </Button>
        </Space>
      );
    }
    case 'done':
      return (
        <Button type="primary" onClick={onClose}>
          {t('customerImport.finish')}
        </Button>
      );
    default:
      return <Button onClick={onClose}>{t('controls.cancel')}</Button>;
  }
}
