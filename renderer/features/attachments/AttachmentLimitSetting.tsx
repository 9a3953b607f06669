import { App, Card, Form, InputNumber, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_LIMIT_MB } from '../../../core/attachment-limits';
import { ApiCallError } from '../../lib/api';
import { useStore } from '../../store';

/** The desk's size limit for attachments, saved when the field is left (Enter, Tab or a click away). */
export function AttachmentLimitSetting() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  // The box takes typing once the stored limit is in it: text typed earlier would be mixed with it.
  const [loading, setLoading] = useState(true);
  const loadLimit = useStore((s) => s.loadAttachmentLimit);
  const saveLimit = useStore((s) => s.saveAttachmentLimit);

  useEffect(() => {
    loadLimit().then(
      (limit) => {
        setValue(limit);
        setSaved(limit);
        setLoading(false);
      },
      () => {
        setError(t('errors.INTERNAL'));
        setLoading(false);
      },
    );
  }, [loadLimit, t]);

  async function save(next: number | null) {
    if (next === null) return setError(t('validation.required'));
    if (next === saved) return;
    try {
      const limit = await saveLimit(next);
      setSaved(limit);
      setError(null);
      message.success(t('attachments.limitSaved', { limit }));
    } catch (e) {
      const issue = e instanceof ApiCallError ? e.issues[0] : undefined;
      setError(issue ? t('attachments.limitRange', { max: MAX_ATTACHMENT_LIMIT_MB }) : t('errors.INTERNAL'));
    }
  }

  return (
    <Card size="small" title={t('attachments.limitTitle')} style={{ marginBottom: 16 }}>
      <Form layout="inline" size="small">
        <Form.Item
          label={t('attachments.limitLabel')}
          htmlFor="attachment-limit"
          validateStatus={error ? 'error' : ''}
          help={error}
        >
          <InputNumber<number>
            id="attachment-limit"
            min={1}
            max={MAX_ATTACHMENT_LIMIT_MB}
            precision={0}
            suffix="MB"
            value={value}
            disabled={loading}
            // A new box once the limit is in: it opens to typing with the limit already shown.
            key={loading ? 'loading' : 'ready'}
            onChange={(next) => {
              setValue(next);
              setError(null);
            }}
            onBlur={() => void save(value)}
            onPressEnter={() => void save(value)}
            onStep={(next) => void save(next)}
            style={{ width: 120 }}
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('attachments.limitHelp', { max: MAX_ATTACHMENT_LIMIT_MB })}
      </Typography.Paragraph>
    </Card>
  );
}
