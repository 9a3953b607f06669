import { Empty, Input, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import type { Contact } from '../../../core/customers';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { ReplyList } from './ReplyList';
import { filledReply, matchingReplies, replyValues } from './reply-values';

interface Props {
  detail: CaseDetail;
  onClose(): void;
  /** The filled-in text, and the reply it came from (counted once the reply is sent). */
  onInsert(text: string, replyId: string): void;
}

/**
 * Picks a canned reply: type to filter, arrows to move, Enter to insert it filled in for this case. Mounted
 * while it shows, so each opening starts with an empty filter.
 */
export function CannedReplyPicker({ detail, onClose, onInsert }: Props) {
  const { t } = useTranslation();
  const showError = useShowError();
  const replies = useStore((s) => s.cannedReplies);
  const language = useStore((s) => s.language);
  const me = useStore((s) => s.agent);
  const loadReplies = useStore((s) => s.loadCannedReplies);
  const customerById = useStore((s) => s.customerById);
  const [filter, setFilter] = useState('');
  const [index, setIndex] = useState(0);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [contactId, setContactId] = useState<string | null>(null);

  useEffect(() => {
    loadReplies().catch(showError);
    customerById(detail.customer.id)
      .then(({ contacts: list }) => {
        setContacts(list);
        setContactId(list[0]?.id ?? null);
      })
      .catch(showError);
  }, [detail.customer.id, loadReplies, customerById, showError]);

  const shown = useMemo(() => matchingReplies(replies ?? [], filter), [replies, filter]);
  const current = shown[Math.min(index, shown.length - 1)];
  const contact = contacts.find((c) => c.id === contactId) ?? null;
  const values = replyValues(detail, contact, me?.name ?? null);
  const preview = current ? filledReply(current, contact?.language ?? language, values) : '';
  const insert = () => {
    if (!current) return;
    onInsert(preview, current.id);
    onClose();
  };

  return (
    <Modal
      open
      title={t('replies.pick.title')}
      okText={t('replies.pick.insert')}
      cancelText={t('controls.cancel')}
      okButtonProps={{ disabled: !current }}
      onOk={insert}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} size={8}>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            autoFocus
            aria-label={t('replies.pick.filter')}
            placeholder={t('replies.pick.filter')}
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setIndex(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, shown.length - 1));
              if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
              if (e.key === 'Enter') insert();
            }}
          />
          <Select
            aria-label={t('replies.pick.to')}
            style={{ width: 220 }}
            value={contactId ?? undefined}
            placeholder={t('replies.pick.noContact')}
            onChange={setContactId}
            options={contacts.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Space.Compact>
        {shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('replies.pick.none')} />
        ) : (
          <ReplyList
            replies={shown}
            current={current?.id ?? null}
            onPick={(i) => setIndex(i)}
            onChoose={insert}
          />
        )}
        {current && (
          <div aria-label={t('replies.pick.preview')} role="region">
            <Typography.Text type="secondary">{t('replies.pick.preview')}</Typography.Text>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
              data-testid="reply-preview"
            >
              {preview}
            </Typography.Paragraph>
          </div>
        )}
      </Space>
    </Modal>
  );
}
