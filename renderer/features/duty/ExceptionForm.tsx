import { Button, Form, Input, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCEPTION_KINDS, type ExceptionKind } from '../../../core/roster';
import type { FieldIssue } from '../../../core/errors';
import { useRosterFormSave } from '../../shared/use-roster-form-save';
import { useStore } from '../../store';
import { EXCEPTION_FIELDS, toException, type ExceptionValues } from './exception-values';
import { CoverAgentField, ExceptionDates } from './ExceptionKindFields';
import { ShiftTimeFields } from './ShiftTimeFields';
import { useAgentOptions } from './use-agent-options';
import { ErrorField } from '../../shared/ErrorField';

/** Leave's two dates are one range picker. */
const datesField = (i: FieldIssue) =>
  i.path === 'fromDate' || i.path === 'toDate' ? { ...i, path: 'dates' } : i;

/** Leave (a date range), a swap (someone takes another's shifts on a date) or an extra shift on a date. */
export function ExceptionForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExceptionValues>();
  const addException = useStore((s) => s.addException);
  const { options } = useAgentOptions();
  const [kind, setKind] = useState<ExceptionKind>('leave');
  const { saving, failure, save: run } = useRosterFormSave(form, EXCEPTION_FIELDS, datesField);

  function save(values: ExceptionValues) {
    return run(async () => {
      await addException(toException(kind, values));
      form.resetFields();
    });
  }

  return (
    <Form<ExceptionValues>
      form={form}
      name="exception"
      layout="inline"
      onFinish={(v) => void save(v)}
      className="sd-roster-form"
    >
      <Form.Item label={t('duty.exceptions.kind')}>
        <Segmented
          size="small"
          aria-label={t('duty.exceptions.kind')}
          value={kind}
          onChange={(k) => {
            setKind(k as ExceptionKind);
            form.resetFields();
          }}
          options={EXCEPTION_KINDS.map((k) => ({ value: k, label: t(`duty.exceptions.kinds.${k}`) }))}
        />
      </Form.Item>
      <ExceptionDates kind={kind} />
      <Form.Item
        name="agentId"
        label={t(`duty.exceptions.agentLabel.${kind}`)}
        rules={[{ required: true, message: t('validation.choose') }]}
      >
        <Select style={{ width: 110 }} options={options} showSearch optionFilterProp="label" />
      </Form.Item>
      {kind === 'swap' && <CoverAgentField options={options} />}
      {kind === 'extra' && <ShiftTimeFields placeholders={['20:00', '08:00']} />}
      <Form.Item name="note" label={t('duty.exceptions.note')}>
        <Input style={{ width: 140 }} maxLength={200} />
      </Form.Item>
      <ErrorField error={failure}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('duty.exceptions.add')}
        </Button>
      </ErrorField>
    </Form>
  );
}
