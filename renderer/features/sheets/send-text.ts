import type { TFunction } from 'i18next';
import type { SupportSheetSend } from '../../../core/support-sheet';
import { deskTime } from '../../shared/format';

/** "Sent on <day> to <contact> by <channel>, version <n>", in the interface's language. */
export function sendText(t: TFunction, send: SupportSheetSend): string {
  const values = {
    date: deskTime(send.sentAt).format('YYYY-MM-DD'),
    channel: t(`channels.${send.channel}`),
    version: send.templateVersion,
  };
  return send.contact
    ? t('supportSheet.status.sent', { ...values, contact: send.contact.name })
    : t('supportSheet.status.sentNoContact', values);
}
