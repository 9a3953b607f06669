import { Alert, Button, Card, Result, Segmented, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../core/backups';
import { LANGUAGES, type Language } from '../../../core/domain';
import { i18n } from '../../i18n';
import { errorText } from '../../shared/error-text';
import { useStore } from '../../store';
import { BackupSummaryView } from './BackupSummaryView';
import { formatBackupTime } from './format';

/**
 * Shown instead of the app when the case log could not be opened: what happened, and the latest good backup
 * to restore. The language is switched here alone, since the case log that keeps the choice cannot be read.
 */
export function RecoveryPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [language, setLanguage] = useState(i18n.language as Language);
  const recoveryStatus = useStore((s) => s.recoveryStatus);
  const restoreFromRecovery = useStore((s) => s.restoreFromRecovery);
  useEffect(() => {
    recoveryStatus()
      .then(setStatus)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [t, recoveryStatus]);
  const latest = status?.backups.find((b) => b.summary.intact);

  async function restore(file: string) {
    setRestoring(true);
    try {
      await restoreFromRecovery(file);
    } catch (e) {
      setError(errorText(t, e));
      setRestoring(false);
    }
  }

  return (
    <main style={{ maxWidth: 640, margin: '40px auto' }}>
      <Segmented
        size="small"
        aria-label={t('language.label')}
        value={language}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        onChange={(value) => {
          setLanguage(value as Language);
          void i18n.changeLanguage(value as Language);
        }}
      />
      <Result
        status="warning"
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: 24 }}>
            {t('recovery.title')}
          </Typography.Title>
        }
        subTitle={t('recovery.body')}
      />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {!status && !error && <Spin />}
      {status && !latest && <Alert type="error" showIcon message={t('recovery.noBackup')} />}
      {latest && (
        <Card
          size="small"
          title={t('recovery.latest', { time: formatBackupTime(latest.takenAt) })}
          actions={[
            <Button
              key="restore"
              type="primary"
              loading={restoring}
              onClick={() => void restore(latest.file)}
            >
              {restoring ? t('recovery.restored') : t('recovery.restoreLatest')}
            </Button>,
          ]}
        >
          <BackupSummaryView summary={latest.summary} />
        </Card>
      )}
    </main>
  );
}
