import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatSize } from './file-size';

/** Files waiting to be attached with the entry being written. */
export function PendingFiles({ files, onRemove }: { files: File[]; onRemove(file: File): void }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap data-testid="pending-files">
      {files.map((file, i) => (
        <Tag
          key={`${file.name}-${i}`}
          icon={<PaperClipOutlined />}
          closable
          closeIcon={<span aria-label={t('attachments.removePending', { name: file.name })}>×</span>}
          onClose={(e) => {
            e.preventDefault();
            onRemove(file);
          }}
        >
          {file.name} · {formatSize(file.size)}
        </Tag>
      ))}
    </Space>
  );
}
