import type { Attachment } from '../../../core/attachments';
import { call } from '../../lib/api';
import { base64ToBytes } from './read-file';

/** Types a browser tab shows without running anything; everything else is downloaded. */
const VIEWABLE = /^(image\/(png|jpeg|gif|webp|bmp)|application\/pdf|text\/plain)$/;

export type OpenOutcome = 'system' | 'revealed' | 'tab' | 'download';

/**
 * The desktop app hands the file to the system viewer. Browser mode fetches the bytes and shows them in
 * a tab (images, PDF, plain text) or downloads them; the Blob never gets a type that could run script.
 */
export async function openAttachment(attachment: Attachment): Promise<OpenOutcome> {
  const opened = await call('attachments.open', { id: attachment.id });
  if (opened.opened) return opened.revealed ? 'revealed' : 'system';
  const content = await call('attachments.content', { id: attachment.id });
  const viewable = VIEWABLE.test(content.mime);
  const blob = new Blob([base64ToBytes(content.dataBase64)], {
    type: viewable ? content.mime : 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  // Revoked later, not at once: the new tab or the download still has to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const tab = viewable ? window.open(url, '_blank') : null;
  if (tab) {
    tab.opener = null;
    return 'tab';
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = content.name;
  link.click();
  return 'download';
}
