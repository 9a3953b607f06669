import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportFile } from './import-file';
import type { StageProgress } from './stage-text';

/** Reading the file: how far the service has read, and how many rows (and bad rows) so far. */
export function ReadingProgress({ file, progress }: { file: ImportFile | null; progress: StageProgress }) {
  const { t } = useTranslation();
  return (
    <div style={{ padding: '48px 24px' }} aria-live="polite">
      <Typography.Paragraph>
        {t('customerImport.reading', {
          name: file?.name ?? '',
          encoding: t(`customerImport.encodings.${file?.encoding ?? 'utf-8'}`),
        })}
      </Typography.Paragraph>
      <Progress
        percent={Math.floor(progress.done * 100)}
        status="active"
        aria-label={t('customerImport.progress')}
      />
      <Typography.Text type="secondary">
        {t('customerImport.readingRows', { rows: progress.rows, errors: progress.errorRows })}
      </Typography.Text>
    </div>
  );
}

/** Writing the confirmed customers. */
export function WritingProgress({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" style={{ marginBottom: 8 }}>
      <Typography.Text>{t('customerImport.writing', { count })}</Typography.Text>
      <Progress percent={100} status="active" showInfo={false} aria-label={t('customerImport.progress')} />
    </div>
  );
}
