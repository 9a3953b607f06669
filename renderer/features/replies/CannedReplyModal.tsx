import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDERS, type CannedReply } from '../../../core/canned-replies';
import { ContractFormModal } from '../../shared/ContractFormModal';
import { useStore } from '../../store';

interface Values {
  name: string;
  zh: string;
  en: string;
}
const FIELDS = ['name', 'zh', 'en'] as const;
/** The form field of each body's contract path, so that a refusal shows under its box. */
const FIELD_OF = { 'bodies.zh-CN': 'zh', 'bodies.en': 'en' } as const;

/** Writes a new canned reply, or changes one; an unknown placeholder is shown under its body. */
export function CannedReplyModal({
  reply,
  open,
  onClose,
}: {
  reply: CannedReply | null;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const saveReply = useStore((s) => s.saveCannedReply);
  const list = PLACEHOLDERS.map((p) => `{${p}} ${t(`replies.placeholderNames.${p}`)}`).join(' · ');

  async function save(v: Values) {
    const saved = await saveReply({
      ...(reply ? { id: reply.id } : {}),
      name: v.name,
      bodies: { 'zh-CN': v.zh, en: v.en },
    });
    return { done: t('replies.saved', { name: saved.name }) };
  }

  return (
    <ContractFormModal
      fields={FIELDS}
      issues={{ fieldOf: FIELD_OF }}
      name="canned-reply"
      title={t(reply ? 'replies.editTitle' : 'replies.newTitle')}
      okText={t('replies.save')}
      open={open}
      width={640}
      onClose={onClose}
      onSave={save}
      initialValues={{
        name: reply?.name ?? '',
        zh: reply?.bodies['zh-CN'] ?? '',
        en: reply?.bodies.en ?? '',
      }}
    >
      <Form.Item name="name" label={t('replies.name')}>
        <Input autoFocus maxLength={100} />
      </Form.Item>
      <Form.Item name="zh" label={t('replies.bodyZh')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5_000} />
      </Form.Item>
      <Form.Item name="en" label={t('replies.bodyEn')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5_000} />
      </Form.Item>
      <Typography.Text type="secondary">{t('replies.placeholders', { list })}</Typography.Text>
    </ContractFormModal>
  );
}
