import { Alert, Button, Card, Progress, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/error-text';
import { useStore } from '../../store';

/** "Back up now", the progress of the job running, and how the last one ended. */
export function BackupRunCard() {
  const { t } = useTranslation();
  const running = useStore((s) => s.backups?.running ?? null);
  const last = useStore((s) => s.backups?.last ?? null);
  const backUpNow = useStore((s) => s.backUpNow);
  const [error, setError] = useState<string | null>(null);
  const percent = running && running.total > 0 ? Math.round((running.done / running.total) * 100) : 0;

  const outcome = last && (
    <Alert
      role="status"
      type={last.ok ? 'success' : 'error'}
      showIcon
      message={
        last.ok
          ? t(last.kind === 'backup' ? 'backups.lastBackup' : 'backups.lastRestore', { file: last.file })
          : t('backups.lastFailed', { reason: t(`errors.${last.code}`) })
      }
    />
  );

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <Button
            type="primary"
            loading={running !== null}
            onClick={() => {
              setError(null);
              backUpNow().catch((e: unknown) => setError(errorText(t, e)));
            }}
          >
            {running
              ? t(running.kind === 'backup' ? 'backups.backingUp' : 'backups.restoring')
              : t('backups.backUpNow')}
          </Button>
        </Space>
        {running && <Progress percent={percent} aria-label={t('backups.progressLabel')} />}
        {error && <Alert type="error" showIcon message={error} />}
        {!running && outcome}
      </Space>
    </Card>
  );
}
