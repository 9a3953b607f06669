import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';
import { isSaveChord } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { errorText } from '../../shared/error-text';

interface Props {
  caseId: string;
  noteId: string;
  /** The note's current text: the edit starts from it and tells the service what it replaces. */
  text: string;
  onDone(): void;
}

/** Edits a note in place; the earlier text stays in the history. */
export function NoteEditor({ caseId, noteId, text, onDone }: Props) {
  const { t } = useTranslation();
  const editNote = useStore((s) => s.editNote);
  const loadCase = useStore((s) => s.loadCase);
  const [body, setBody] = useState(text);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unchanged = body.trim() === text || !body.trim();

  async function save() {
    if (unchanged || saving) return;
    setSaving(true);
    try {
      await editNote(caseId, noteId, text, body);
      onDone();
    } catch (e) {
      // The edited text stays in the box; on a conflict the note's new text is loaded beside it.
      setError(errorText(t, e));
      if (e instanceof ApiCallError && e.code === 'CONFLICT') void loadCase(caseId);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 4 }} size={4}>
      <Input.TextArea
        autoFocus
        aria-label={t('events.editNoteLabel')}
        value={body}
        status={error ? 'error' : undefined}
        autoSize={{ minRows: 2, maxRows: 12 }}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (isSaveChord(e)) {
            e.preventDefault();
            void save();
          } else if (e.key === 'Escape') onDone();
        }}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Space>
        <Button size="small" type="primary" disabled={unchanged} loading={saving} onClick={() => void save()}>
          {t('events.saveEdit')}
        </Button>
        <Button size="small" onClick={onDone}>
          {t('controls.cancel')}
        </Button>
      </Space>
    </Space>
  );
}
