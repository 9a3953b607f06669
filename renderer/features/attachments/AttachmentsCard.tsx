import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { errorText, issueText } from '../../shared/error-text';
import { DropZone } from './DropZone';
import { formatSize } from './file-size';
import { useOpenAttachment } from './use-open-attachment';

/** Every file of the case (its own and its entries'), with who attached it and when; drop files here. */
export function AttachmentsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attach = useStore((s) => s.attach);
  const limitMb = useStore((s) => s.attachmentLimitMb);
  const open = useOpenAttachment();
  const [uploading, setUploading] = useState(0);

  async function upload(files: File[]) {
    setUploading((n) => n + files.length);
    for (const file of files) {
      try {
        await attach(detail.id, file);
      } catch (error) {
        const tooLarge = issueText(t, error, 'dataBase64');
        message.error(
          t('attachments.uploadFailed', {
            name: file.name,
            reason: tooLarge ? t('attachments.tooLarge', { limit: limitMb }) : errorText(t, error),
          }),
        );
      } finally {
        setUploading((n) => n - 1);
      }
    }
  }

  return (
    <DropZone
      onFiles={(files) => void upload(files)}
      hint={t('attachments.dropOnCase')}
      inputLabel={t('attachments.chooseForCase')}
    >
      {(pick) => (
        <Card
          size="small"
          title={t('attachments.title', { count: detail.attachments.length })}
          extra={
            <Button size="small" type="link" icon={<UploadOutlined />} loading={uploading > 0} onClick={pick}>
              {t('attachments.attach')}
            </Button>
          }
        >
          <List
            size="small"
            split={false}
            dataSource={detail.attachments}
            locale={{
              emptyText: (
                <Typography.Text type="secondary">
                  {t('attachments.empty', { limit: limitMb })}
                </Typography.Text>
              ),
            }}
            renderItem={(a) => (
              <List.Item style={{ paddingInline: 0, display: 'block' }} data-testid="attachment">
                <Typography.Link onClick={() => void open(a)}>
                  <PaperClipOutlined /> {a.name}
                </Typography.Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('attachments.meta', {
                      size: formatSize(a.size),
                      name: a.agentName,
                      time: formatDateTime(a.createdAt),
                    })}
                    {a.eventId ? ` · ${t('attachments.onEntry')}` : ''}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        </Card>
      )}
    </DropZone>
  );
}
