import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Segmented, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/domain';
import { summaryText, type SummaryField } from '../../../core/escalation-summary';

interface Props {
  fields: SummaryField[];
  language: Language;
  onLanguage(language: Language): void;
}

/** The summary ready for 21Vianet's form: one copy button per field, in the language chosen for it. */
export function SummaryPanel({ fields, language, onLanguage }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [copied, setCopied] = useState<string | null>(null);

  async function copy(key: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(key);
      message.success(t('escalation.copied'));
    } catch {
      // A browser without clipboard permission: the agent can still select the text by hand.
      message.error(t('escalation.copyFailed'));
    }
  }

  return (
    <Card
      size="small"
      title={t('escalation.summaryTitle')}
      data-testid="escalation-summary"
      extra={
        <Segmented<Language>
          size="small"
          aria-label={t('escalation.summaryLanguage')}
          value={language}
          onChange={onLanguage}
          options={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      }
      styles={{ body: { padding: '4px 12px 8px' } }}
    >
      {fields.map((f) => (
        <div key={f.key} data-field={f.key} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.label}
            </Typography.Text>
            <Tooltip title={t('escalation.copyField', { field: f.label })}>
              <Button
                size="small"
                type="text"
                aria-label={t('escalation.copyField', { field: f.label })}
                icon={copied === f.key ? <CheckOutlined style={{ color: '#52c41a' }} /> : <CopyOutlined />}
                disabled={!f.value}
                onClick={() => void copy(f.key, f.value)}
              />
            </Tooltip>
          </div>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 12.5 }}
            type={f.value ? undefined : 'secondary'}
            ellipsis={f.key === 'timeline' ? { rows: 6, expandable: 'collapsible' } : false}
          >
            {f.value || t('escalation.notYet')}
          </Typography.Paragraph>
        </div>
      ))}
      <Button
        size="small"
        icon={<CopyOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => void copy('all', summaryText(fields))}
      >
        {t('escalation.copyAll')}
      </Button>
    </Card>
  );
}
