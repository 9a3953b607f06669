import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupportSheetStatus } from '../../../core/support-sheet';
import { sendText } from './send-text';

/**
 * Where a customer stands with the support process sheet: a reminder while it was never sent (a new
 * customer), a warning once the template moved past the version sent, and the last send.
 */
export function SheetStatus({ status, onOpen }: { status: SupportSheetStatus; onOpen?: () => void }) {
  const { t } = useTranslation();
  const open = onOpen && (
    <Button size="small" type="primary" icon={<FileTextOutlined />} onClick={onOpen}>
      {t('supportSheet.reminder.action')}
    </Button>
  );
  if (status.state === 'never') {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('supportSheet.reminder.title')}
        description={t('supportSheet.reminder.body')}
        action={open}
      />
    );
  }
  const last = status.lastSend!;
  const line = (
    <Typography.Text>{t('supportSheet.status.line', { text: sendText(t, last) })}</Typography.Text>
  );
  if (status.state === 'outdated') {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('supportSheet.outdatedTitle')}
        description={
          <>
            {line}
            <br />
            {t('supportSheet.status.outdated', {
              sent: last.templateVersion,
              current: status.templateVersion,
            })}
          </>
        }
        action={open}
      />
    );
  }
  return (
    <Card size="small" style={{ marginBottom: 16 }} role="status">
      {line}
    </Card>
  );
}
