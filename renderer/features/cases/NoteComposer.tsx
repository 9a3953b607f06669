import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';
import { isSaveChord } from '../../lib/use-hotkey';
import { useStore } from '../../store';

export function NoteComposer({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const addNote = useStore((s) => s.addNote);
  const [body, setBody] = useState('');
  const [saving, setSaving] = useState(false);

  async function save() {
    if (!body.trim() || saving) return;
    setSaving(true);
    try {
      await addNote(caseId, body);
      setBody('');
    } catch (error) {
      // The text stays in the box, so nothing typed is lost.
      message.error(t(`errors.${error instanceof ApiCallError ? error.code : 'INTERNAL'}`));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
      <Input.TextArea
        aria-label={t('notes.label')}
        placeholder={t('notes.placeholder')}
        value={body}
        autoSize={{ minRows: 3, maxRows: 12 }}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (isSaveChord(e)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <Button type="primary" disabled={!body.trim()} loading={saving} onClick={() => void save()}>
        {t('notes.add')}
      </Button>
    </Space>
  );
}
