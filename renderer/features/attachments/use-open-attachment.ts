import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../core/attachments';
import { ApiCallError } from '../../lib/api';
import { openAttachment } from './open-attachment';

/** Opens a file and says what happened when it is not obvious (a folder instead, a download, an error). */
export function useOpenAttachment() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useCallback(
    async (attachment: Attachment) => {
      try {
        const outcome = await openAttachment(attachment);
        if (outcome === 'revealed') message.warning(t('attachments.revealed', { name: attachment.name }));
        if (outcome === 'download') message.info(t('attachments.downloaded', { name: attachment.name }));
      } catch (error) {
        const code = error instanceof ApiCallError ? error.code : 'INTERNAL';
        message.error(
          code === 'NOT_FOUND' ? t('attachments.missing', { name: attachment.name }) : t(`errors.${code}`),
        );
      }
    },
    [message, t],
  );
}
