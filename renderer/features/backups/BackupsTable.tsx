import { Button, Card, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../core/backups';
import { useStore } from '../../store';
import { formatSize } from '../attachments/file-size';
import type { PreviewRequest } from './BackupPreviewModal';
import { formatBackupTime } from './format';

// One empty list for every render before the first answer: a new one each time would re-render forever.
const NO_BACKUPS: BackupEntry[] = [];

/** The backups in the folder, newest first, each with its preview and restore. */
export function BackupsTable({ onPreview }: { onPreview: (request: PreviewRequest) => void }) {
  const { t } = useTranslation();
  const backups = useStore((s) => s.backups?.backups ?? NO_BACKUPS);
  const busy = useStore((s) => s.backupsBusy || s.backups === null);
  const running = useStore((s) => s.backups?.running ?? null);

  return (
    <Card size="small" title={t('backups.listCard')} extra={t('backups.count', { count: backups.length })}>
      <div aria-busy={busy} aria-label={t('backups.listCard')} role="region">
        <Table<BackupEntry>
          size="small"
          rowKey="file"
          pagination={false}
          dataSource={backups}
          locale={{ emptyText: t('backups.empty') }}
          columns={[
            { key: 'takenAt', title: t('backups.takenAt'), render: (_, b) => formatBackupTime(b.takenAt) },
            { key: 'size', title: t('backups.size'), render: (_, b) => formatSize(b.bytes) },
            {
              key: 'actions',
              title: t('backups.actions'),
              render: (_, b) => {
                const time = formatBackupTime(b.takenAt);
                return (
                  <Space size="small">
                    <Button
                      size="small"
                      aria-label={t('backups.previewOf', { time })}
                      onClick={() => onPreview({ file: b.file, takenAt: b.takenAt, restore: false })}
                    >
                      {t('backups.preview')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      disabled={running !== null}
                      aria-label={t('backups.restoreOf', { time })}
                      onClick={() => onPreview({ file: b.file, takenAt: b.takenAt, restore: true })}
                    >
                      {t('backups.restore')}
                    </Button>
                  </Space>
                );
              },
            },
          ]}
        />
      </div>
    </Card>
  );
}
