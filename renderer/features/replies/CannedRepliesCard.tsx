import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { AddableCard } from '../../shared/AddableCard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../../core/canned-replies';
import { formatDateTime } from '../../shared/format';
import { ListTable } from '../../shared/ListTable';
import { useLoad } from '../../shared/use-load';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { CannedReplyModal } from './CannedReplyModal';

/** The desk's canned replies, for Settings: how often each was sent, and a way to write and change them. */
export function CannedRepliesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const replies = useStore((s) => s.cannedReplies);
  const load = useStore((s) => s.loadCannedReplies);
  const remove = useStore((s) => s.removeCannedReply);
  // undefined: closed; null: a new reply.
  const [editing, setEditing] = useState<CannedReply | null | undefined>(undefined);
  useLoad(load);

  return (
    <AddableCard title={t('replies.title')} addText={t('replies.add')} onAdd={() => setEditing(null)}>
      <Typography.Paragraph type="secondary">{t('replies.intro')}</Typography.Paragraph>
      <ListTable<CannedReply>
        aria-label={t('replies.title')}
        aria-busy={replies === null}
        rowKey="id"
        loading={replies === null}
        dataSource={replies ?? []}
        empty={t('replies.empty')}
        columns={[
          { title: t('replies.columns.name'), dataIndex: 'name' },
          { title: t('replies.columns.uses'), dataIndex: 'usageCount', width: 90, align: 'right' },
          {
            title: t('replies.columns.updated'),
            width: 150,
            render: (_, r) => (r.updatedBy ? formatDateTime(r.updatedAt) : '—'),
          },
          {
            key: 'actions',
            width: 130,
            render: (_, r) => (
              <Space size={0}>
                <Button
                  size="small"
                  type="link"
                  aria-label={`${t('replies.edit')} ${r.name}`}
                  onClick={() => setEditing(r)}
                >
                  {t('replies.edit')}
                </Button>
                <Popconfirm
                  title={t('replies.removeConfirm', { name: r.name })}
                  okText={t('replies.remove')}
                  cancelText={t('controls.cancel')}
                  onConfirm={() =>
                    remove(r.id)
                      .then(() => message.success(t('replies.removed')))
                      .catch(showError)
                  }
                >
                  <Button size="small" type="link" danger aria-label={`${t('replies.remove')} ${r.name}`}>
                    {t('replies.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CannedReplyModal
        reply={editing ?? null}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </AddableCard>
  );
}
