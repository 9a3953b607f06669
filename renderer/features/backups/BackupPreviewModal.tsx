import { Alert, Button, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../core/backups';
import { errorText } from '../../shared/error-text';
import { useStore } from '../../store';
import { BackupSummaryView } from './BackupSummaryView';
import { formatBackupTime } from './format';

interface Loaded {
  request: PreviewRequest;
  summary?: BackupSummary;
  error?: string;
}

export interface PreviewRequest {
  file: string;
  takenAt: number;
  /** Opened to restore: the preview comes first, then the confirmation. */
  restore: boolean;
}

/** What a backup holds, read from the file; to restore it, the agent confirms after seeing it. */
export function BackupPreviewModal({
  request,
  onClose,
}: {
  request: PreviewRequest | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const previewBackup = useStore((s) => s.previewBackup);
  const restoreBackup = useStore((s) => s.restoreBackup);
  // What was read, and for which request: an answer for an earlier one is never shown for this one.
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const current = loaded && loaded.request === request ? loaded : null;
  const summary = current?.summary ?? null;
  const error = restoreError ?? current?.error ?? null;

  useEffect(() => {
    if (!request) return;
    previewBackup(request.file).then(
      (read) => setLoaded({ request, summary: read }),
      (e: unknown) => setLoaded({ request, error: errorText(t, e) }),
    );
  }, [request, previewBackup, t]);

  async function restore() {
    if (!request) return;
    setRestoring(true);
    try {
      await restoreBackup(request.file);
      onClose();
    } catch (e) {
      setRestoreError(errorText(t, e));
    } finally {
      setRestoring(false);
    }
  }

  const canRestore = request?.restore && summary?.intact;
  return (
    <Modal
      open={request !== null}
      title={request && t('backups.previewTitle', { time: formatBackupTime(request.takenAt) })}
      onCancel={() => {
        setRestoreError(null);
        onClose();
      }}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('backups.close')}
        </Button>,
        canRestore && (
          <Button key="restore" type="primary" danger loading={restoring} onClick={() => void restore()}>
            {t('backups.confirmRestore')}
          </Button>
        ),
      ]}
    >
      <div aria-busy={summary === null && error === null}>
        {summary ? <BackupSummaryView summary={summary} /> : !error && <Spin />}
        {canRestore && (
          <Alert type="warning" showIcon message={t('backups.restoreWarning')} style={{ marginTop: 12 }} />
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      </div>
    </Modal>
  );
}
