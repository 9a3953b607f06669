import { App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusedFiles, type ImportPreview } from '../../../core/knowledge-import';
import { ApiCallError } from '../../lib/api';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { ImportSections } from './ImportSections';
import type { ImportFiles } from './knowledge-slice';

/**
 * What the import will do, before it does it: the articles it adds, updates and leaves, and each refused
 * file with its reasons. Cancel writes nothing; confirm imports in one transaction.
 */
export function ImportPreviewDialog({
  files,
  preview,
  onClose,
}: {
  files: ImportFiles;
  preview: ImportPreview;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const importArticles = useStore((s) => s.importArticles);
  const [busy, setBusy] = useState(false);
  const writes = preview.added.length + preview.updated.length;

  async function confirm() {
    setBusy(true);
    try {
      const outcome = await importArticles(files, preview.basis);
      message.success(t('knowledge.io.done', { ...outcome }));
      onClose();
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'CONFLICT')
        message.error(t('knowledge.io.conflict'), 6);
      else showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={760}
      title={t('knowledge.io.previewTitle')}
      okText={t('knowledge.io.confirm')}
      cancelText={t('controls.cancel')}
      okButtonProps={{ disabled: writes === 0 }}
      confirmLoading={busy}
      onOk={() => void confirm()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('knowledge.io.previewIntro')}</Typography.Paragraph>
      <Typography.Paragraph strong data-testid="import-summary">
        {writes === 0 && !preview.refused.length
          ? t('knowledge.io.nothing')
          : t('knowledge.io.summary', {
              added: preview.added.length,
              updated: preview.updated.length,
              unchanged: preview.unchanged.length,
              count: refusedFiles(preview.refused),
            })}
      </Typography.Paragraph>
      <ImportSections preview={preview} />
    </Modal>
  );
}
