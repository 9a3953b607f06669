import { MessageOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Input, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS, type CaseDetail, type SentArticle } from '../../../core/cases';
import { matchesShortcut, SHORTCUTS } from '../../../core/shortcuts';
import { isSaveChord } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { DropZone } from '../attachments/DropZone';
import { PendingFiles } from '../attachments/PendingFiles';
import { useDraft } from '../drafts/use-draft';
import { CannedReplyPicker } from '../replies/CannedReplyPicker';
import { CallFields } from './CallFields';
import { composerFromDraft } from './composer-draft';
import { EMPTY_COMPOSER, isEmptyComposer, toEntry, type ComposerValue } from './composer-entry';
import { errorText } from '../../shared/error-text';

/**
 * Writes a note, a reply to the customer or a call; typing is kept as a draft until it is saved. A canned
 * reply can be picked into a reply, filled in for the case.
 */
export function NoteComposer({ detail }: { detail: CaseDetail }) {
  const caseId = detail.id;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const addEntry = useStore((s) => s.addEntry);
  const attach = useStore((s) => s.attach);
  const [value, setValue] = useState<ComposerValue>(EMPTY_COMPOSER);
  const [files, setFiles] = useState<File[]>([]);
  const [saving, setSaving] = useState(false);
  const [picking, setPicking] = useState(false);
  // The canned reply the text came from: counted once the reply is sent.
  const [cannedId, setCannedId] = useState<string | null>(null);
  const cannedReplyUsed = useStore((s) => s.cannedReplyUsed);
  // The knowledge-base article put into the reply: recorded with the reply once sent.
  const [article, setArticle] = useState<SentArticle | null>(null);
  useEffect(
    () =>
      useStore.subscribe((s) => {
        const put = s.composerArticle;
        if (put?.caseId !== caseId) return;
        s.clearComposerArticle();
        setArticle(put.article);
        setValue((v) => ({ ...v, mode: 'reply', body: v.body.trim() ? `${v.body}\n${put.text}` : put.text }));
      }),
    [caseId],
  );
  const draft = useDraft(`case:${caseId}`, value, {
    isEmpty: isEmptyComposer,
    onRestore: (body) => setValue(composerFromDraft(body)),
  });
  const entry = toEntry(value);
  const change = (patch: Partial<ComposerValue>) => setValue((v) => ({ ...v, ...patch }));

  async function save() {
    if (!entry || saving) return;
    setSaving(true);
    try {
      const event = await addEntry(caseId, entry.mode === 'reply' && article ? { ...entry, article } : entry);
      if (cannedId && entry.mode === 'reply') void cannedReplyUsed(cannedId).catch(() => undefined);
      setCannedId(null);
      if (entry.mode === 'reply') setArticle(null);
      setValue((v) => ({ ...EMPTY_COMPOSER, mode: v.mode }));
      void draft.discard();
      // Files follow the entry one by one; one that fails stays listed, with the reason.
      const failed: File[] = [];
      for (const file of files) {
        await attach(caseId, file, event.id).catch((error: unknown) => {
          failed.push(file);
          message.error(t('attachments.uploadFailed', { name: file.name, reason: errorText(t, error) }));
        });
      }
      setFiles(failed);
    } catch (error) {
      // The text stays in the box (and in its draft), so nothing typed is lost.
      message.error(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  const labels = { note: t('notes.label'), reply: t('composer.replyLabel'), call: t('composer.callLabel') };
  return (
    <DropZone
      onFiles={(dropped) => setFiles((f) => [...f, ...dropped])}
      hint={t('attachments.dropOnNote')}
      inputLabel={t('attachments.chooseForNote')}
    >
      {(pick) => (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }} size={6}>
          <Segmented
            size="small"
            aria-label={t('composer.modeLabel')}
            value={value.mode}
            onChange={(mode) => change({ mode: mode as ComposerValue['mode'] })}
            options={ENTRY_KINDS.map((m) => ({ value: m, label: t(`composer.modes.${m}`) }))}
          />
          {value.mode === 'call' && <CallFields value={value} onChange={change} />}
          <Input.TextArea
            aria-label={labels[value.mode]}
            placeholder={t(`composer.placeholders.${value.mode}`)}
            value={value.body}
            autoSize={{ minRows: 3, maxRows: 12 }}
            onChange={(e) => change({ body: e.target.value })}
            onKeyDown={(e) => {
              if (isSaveChord(e)) {
                e.preventDefault();
                void save();
              }
              if (matchesShortcut(e, SHORTCUTS.cannedReply)) {
                e.preventDefault();
                setPicking(true);
              }
            }}
          />
          <PendingFiles files={files} onRemove={(file) => setFiles((f) => f.filter((x) => x !== file))} />
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Space>
              <Button type="primary" disabled={!entry} loading={saving} onClick={() => void save()}>
                {t(`composer.save.${value.mode}`)}
              </Button>
              <Button icon={<PaperClipOutlined />} onClick={pick}>
                {t('attachments.attach')}
              </Button>
              <Button
                icon={<MessageOutlined />}
                title={t('replies.pick.openHint')}
                onClick={() => setPicking(true)}
              >
                {t('replies.pick.open')}
              </Button>
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="draft-status">
              {draft.status === 'idle' ? t('composer.dropHint') : t(`composer.draft.${draft.status}`)}
            </Typography.Text>
          </Space>
          {picking && (
            <CannedReplyPicker
              detail={detail}
              onClose={() => setPicking(false)}
              onInsert={(text, id) => {
                setCannedId(id);
                setValue((v) => ({ ...v, mode: 'reply', body: v.body.trim() ? `${v.body}\n${text}` : text }));
              }}
            />
          )}
        </Space>
      )}
    </DropZone>
  );
}
