import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { AddableCard } from '../../shared/AddableCard';
import { ListTable } from '../../shared/ListTable';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, CustomerDetail } from '../../../core/customers';
import { ApiCallError } from '../../lib/api';
import { useStore } from '../../store';
import { ContactModal } from './ContactModal';

/** The people the desk deals with at the customer: add, edit, remove. */
export function ContactsCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const removeContact = useStore((s) => s.removeContact);
  // undefined: closed; null: adding; a contact: editing it.
  const [editing, setEditing] = useState<Contact | null | undefined>(undefined);
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  async function remove(contact: Contact) {
    try {
      await removeContact(contact.id);
      message.success(t('contacts.removed', { name: contact.name }));
    } catch (error) {
      const code = error instanceof ApiCallError ? error.code : 'INTERNAL';
      message.error(t(code === 'CONFLICT' ? 'contacts.inUse' : `errors.${code}`));
    }
  }

  const columns: ColumnsType<Contact> = [
    { title: t('contacts.name'), dataIndex: 'name', width: 110, ellipsis: true },
    {
      title: t('contacts.email'),
      dataIndex: 'email',
      ellipsis: true,
      render: (v: string | null) => (v ? <a href={`mailto:${v}`}>{v}</a> : none),
    },
    {
      title: t('contacts.phone'),
      dataIndex: 'phone',
      width: 136,
      ellipsis: true,
      render: (v: string | null) => v ?? none,
    },
    {
      title: t('contacts.channel'),
      dataIndex: 'preferredChannel',
      width: 84,
      render: (v: Contact['preferredChannel']) => (v ? t(`channels.${v}`) : none),
    },
    {
      title: t('contacts.language'),
      dataIndex: 'language',
      width: 92,
      render: (v: Contact['language']) => (v ? t(`language.${v}`) : none),
    },
    {
      title: t('contacts.actions'),
      key: 'actions',
      width: 76,
      render: (_: unknown, contact) => (
        <Space size={0}>
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('contacts.editNamed', { name: contact.name })}
            onClick={() => setEditing(contact)}
          />
          <Popconfirm
            title={t('contacts.removeConfirm', { name: contact.name })}
            okText={t('contacts.remove')}
            cancelText={t('controls.cancel')}
            onConfirm={() => remove(contact)}
          >
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('contacts.removeNamed', { name: contact.name })}
            />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <AddableCard
      title={t('contacts.title', { count: detail.contacts.length })}
      addText={t('contacts.add')}
      onAdd={() => setEditing(null)}
    >
      <ListTable<Contact>
        aria-label={t('contacts.list')}
        tableLayout="fixed"
        rowKey="id"
        columns={columns}
        dataSource={detail.contacts}
        empty={t('contacts.empty')}
      />
      <ContactModal
        customerId={detail.id}
        contact={editing ?? null}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </AddableCard>
  );
}
