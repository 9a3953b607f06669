import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../core/customers';
import { CHANNELS, type Channel } from '../../../core/domain';
import { serviceNow } from '../../lib/clock';
import { ContractFormModal } from '../../shared/ContractFormModal';
import { pickerValue } from '../../shared/format';
import { useStore } from '../../store';

interface Values {
  sentOn: Dayjs;
  contactId: string;
  channel: Channel;
}
const FIELDS = ['sentOn', 'contactId', 'channel'] as const;
/** The Select has no null option: '' stands for "no particular contact". */
const NO_CONTACT = '';

interface Props {
  customerId: string;
  templateVersion: number;
  contacts: readonly Contact[];
  open: boolean;
  onClose(): void;
}

/** Records that the sheet on screen was sent: the day, to whom and how, with its version. */
export function MarkSentModal({ customerId, templateVersion, contacts, open, onClose }: Props) {
  const { t } = useTranslation();
  const markSent = useStore((s) => s.markSheetSent);
  const today = pickerValue(serviceNow());
  const main = contacts[0];

  async function save(v: Values) {
    const status = await markSent({
      customerId,
      templateVersion,
      sentOn: v.sentOn.format('YYYY-MM-DD'),
      contactId: v.contactId || null,
      channel: v.channel,
    });
    return { done: t('supportSheet.send.done', { version: status.lastSend?.templateVersion }) };
  }

  return (
    <ContractFormModal
      fields={FIELDS}
      name="sheet-sent"
      title={t('supportSheet.send.title', { version: templateVersion })}
      okText={t('supportSheet.send.ok')}
      open={open}
      width={440}
      onClose={onClose}
      onSave={save}
      initialValues={{
        sentOn: today,
        contactId: main?.id ?? NO_CONTACT,
        channel: main?.preferredChannel ?? 'email',
      }}
    >
      <Form.Item name="sentOn" label={t('supportSheet.send.date')}>
        <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item name="contactId" label={t('supportSheet.send.contact')}>
        <Select
          options={[
            ...contacts.map((c) => ({ value: c.id, label: c.name })),
            { value: NO_CONTACT, label: t('supportSheet.send.noContact') },
          ]}
        />
      </Form.Item>
      <Form.Item name="channel" label={t('supportSheet.send.channel')}>
        <Select options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
      </Form.Item>
    </ContractFormModal>
  );
}
