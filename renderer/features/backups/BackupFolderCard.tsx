import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, issueText } from '../../shared/error-text';
import { useStore } from '../../store';

/** Where backups go: any folder, on another disk or a share. */
export function BackupFolderCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const folder = useStore((s) => s.backups?.folder ?? '');
  const saveFolder = useStore((s) => s.saveBackupFolder);
  // What the agent typed, until saved; the saved folder otherwise.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? folder;

  async function save() {
    try {
      await saveFolder(value);
      setDraft(null);
      setError(null);
      message.success(t('backups.folderSaved'));
    } catch (e) {
      setError(issueText(t, e, 'folder') ?? errorText(t, e));
    }
  }

  return (
    <Card size="small" title={t('backups.folderCard')} style={{ marginBottom: 16 }}>
      <Form layout="vertical" size="small" onFinish={() => void save()}>
        <Form.Item
          label={t('backups.folderLabel')}
          htmlFor="backup-folder"
          validateStatus={error ? 'error' : ''}
          help={error}
          style={{ marginBottom: 8 }}
        >
          <Space.Compact style={{ width: '100%' }}>
            <Input id="backup-folder" value={value} onChange={(e) => setDraft(e.target.value)} />
            <Button htmlType="submit" disabled={value.trim() === '' || value === folder}>
              {t('backups.saveFolder')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('backups.folderHelp')}
      </Typography.Paragraph>
    </Card>
  );
}
