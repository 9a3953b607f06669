import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../shared/PageTitle';
import { errorText } from '../../shared/error-text';
import { useStore } from '../../store';
import { BackupFolderCard } from './BackupFolderCard';
import { BackupPreviewModal, type PreviewRequest } from './BackupPreviewModal';
import { BackupRunCard } from './BackupRunCard';
import { BackupsTable } from './BackupsTable';

export function BackupsPage() {
  const { t } = useTranslation();
  const loadBackups = useStore((s) => s.loadBackups);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewRequest | null>(null);
  useEffect(() => {
    loadBackups().catch((error: unknown) => setLoadError(errorText(t, error)));
  }, [loadBackups, t]);

  return (
    <div style={{ maxWidth: 880 }}>
      <PageTitle>{t('backups.title')}</PageTitle>
      {loadError && <Alert type="error" showIcon message={loadError} style={{ marginBottom: 16 }} />}
      <BackupFolderCard />
      <BackupRunCard />
      <BackupsTable onPreview={setPreview} />
      <BackupPreviewModal request={preview} onClose={() => setPreview(null)} />
    </div>
  );
}
