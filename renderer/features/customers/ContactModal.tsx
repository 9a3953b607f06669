import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../core/customers';
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../../core/domain';
import { ContractFormModal } from '../../shared/ContractFormModal';
import { useChoiceOptions } from '../../shared/use-choice-options';
import { useStore } from '../../store';

interface Values {
  name: string;
  email: string;
  phone: string;
  preferredChannel?: Channel;
  language?: Language;
}
const FIELDS = ['name', 'email', 'phone', 'preferredChannel', 'language'] as const;
// "Invalid" says little; on these fields the agent learns what is expected.
const SPECIFIC = {
  email: { 'validation.invalid': 'customerIssues.email' },
  phone: { 'validation.invalid': 'customerIssues.phone' },
};

interface Props {
  customerId: string;
  /** The contact to edit; null adds one. */
  contact: Contact | null;
  open: boolean;
  onClose: () => void;
}

export function ContactModal({ customerId, contact, open, onClose }: Props) {
  const { t } = useTranslation();
  const addContact = useStore((s) => s.addContact);
  const updateContact = useStore((s) => s.updateContact);

  async function save(values: Values) {
    if (contact) await updateContact({ id: contact.id, ...values });
    else await addContact({ customerId, ...values });
    return { done: t(contact ? 'contacts.saved' : 'contacts.added', { name: values.name.trim() }) };
  }

  const options = useChoiceOptions();

  return (
    <ContractFormModal
      fields={FIELDS}
      issues={{ specific: SPECIFIC }}
      title={t(contact ? 'contacts.edit' : 'contacts.add')}
      okText={t('contacts.save')}
      open={open}
      width={560}
      onClose={onClose}
      onSave={save}
      initialValues={{
        name: contact?.name ?? '',
        email: contact?.email ?? '',
        phone: contact?.phone ?? '',
        preferredChannel: contact?.preferredChannel ?? undefined,
        language: contact?.language ?? undefined,
      }}
    >
      <Form.Item name="name" label={t('contacts.name')}>
        <Input autoFocus maxLength={100} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="email" label={t('contacts.email')}>
            <Input type="email" placeholder="name@contoso.cn" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('contacts.phone')}>
            <Input placeholder="+86 21 5555 0101" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="preferredChannel" label={t('contacts.preferredChannel')}>
            <Select allowClear options={options(CHANNELS, 'channels')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="language" label={t('contacts.language')}>
            <Select allowClear options={options(LANGUAGES, 'language')} />
          </Form.Item>
        </Col>
      </Row>
    </ContractFormModal>
  );
}
