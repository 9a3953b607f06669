import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Severity } from '../../../core/domain';
import type { Submission } from '../../../core/tracked-request';
import { ApiCallError } from '../../lib/api';

const FIELDS = ['requestNumber', 'vianetSeverity', 'vianetContact'] as const;

interface Props {
  /** The severity asked for: 21Vianet usually keeps it. */
  severity: Severity;
  onSubmit(values: Submission): Promise<void>;
}

/** After submitting in 21Vianet's form: its request number, the severity it gave, its representative. */
export function RecordSubmissionForm({ severity, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Submission>();
  const [saving, setSaving] = useState(false);

  async function save(values: Submission) {
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'VALIDATION') {
        form.setFields(
          error.issues
            .filter((i) => (FIELDS as readonly string[]).includes(i.path))
            .map((i) => ({ name: i.path as (typeof FIELDS)[number], errors: [t(i.message)] })),
        );
      }
      throw error;
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<Submission>
      form={form}
      layout="vertical"
      size="small"
      requiredMark={false}
      initialValues={{ requestNumber: '', vianetSeverity: severity, vianetContact: '' }}
      onFinish={(values) => void save(values).catch(() => undefined)}
    >
      <Form.Item
        name="requestNumber"
        label={t('handoff.requestNumber')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input
          maxLength={40}
          style={{ fontFamily: 'monospace' }}
          placeholder={t('handoff.requestNumberPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="vianetSeverity" label={t('handoff.vianetSeverity')}>
        <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))} />
      </Form.Item>
      <Form.Item
        name="vianetContact"
        label={t('handoff.vianetContact')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={300} placeholder={t('handoff.vianetContactPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} block>
        {t('handoff.recordSubmission')}
      </Button>
    </Form>
  );
}
