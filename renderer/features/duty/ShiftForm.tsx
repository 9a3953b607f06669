import { Button, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseHhmm, WEEKDAYS } from '../../../core/local-time';
import { shiftSpan, type PatternShift } from '../../../core/roster';
import { useFormSave } from '../../shared/use-form-save';
import { useStore } from '../../store';
import { fieldErrors, refusalText } from '../../shared/duty-text';
import { useAgentOptions } from './use-agent-options';
import { ErrorField } from '../../shared/ErrorField';

interface Values {
  weekday?: number;
  start: string;
  end: string;
  agentId?: string;
}
const FIELDS = ['weekday', 'start', 'end', 'agentId'] as const;
const EMPTY: Values = { start: '', end: '' };

interface Props {
  /** The row being edited; without one the form adds a row. */
  editing: PatternShift | null;
  onDone: () => void;
}

/** One weekly shift: weekday, start and end (an earlier end is the next morning), agent; errors under each field. */
export function ShiftForm({ editing, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saveShift = useStore((s) => s.saveShift);
  const { options } = useAgentOptions();
  const [failure, setFailure] = useState<string | null>(null);
  const { saving, save: run } = useFormSave(form, {
    fieldErrors: (issues) => fieldErrors(issues, FIELDS, t),
    onError: (error, onFields) => {
      if (!onFields) setFailure(refusalText(t, error, (k) => i18n.exists(k)));
    },
  });

  useEffect(() => {
    form.setFieldsValue(editing ? { ...editing } : EMPTY);
  }, [editing, form]);

  const timeRule = {
    validator: (_: unknown, v: string) =>
      parseHhmm(v ?? '') === null ? Promise.reject(new Error(t('duty.issues.time'))) : Promise.resolve(),
  };
  const spanRule = ({ getFieldValue }: { getFieldValue: (n: string) => string }) => ({
    validator: (_: unknown, end: string) =>
      parseHhmm(end ?? '') !== null &&
      parseHhmm(getFieldValue('start') ?? '') !== null &&
      !shiftSpan(getFieldValue('start') ?? '', end)
        ? Promise.reject(new Error(t('duty.issues.sameTime')))
        : Promise.resolve(),
  });

  function save(values: Values) {
    setFailure(null);
    return run(async () => {
      await saveShift({
        ...(editing ? { id: editing.id } : {}),
        weekday: values.weekday!,
        start: values.start.trim(),
        end: values.end.trim(),
        agentId: values.agentId!,
      });
      form.setFieldsValue(editing ? EMPTY : { ...values, start: values.end, end: '' });
      onDone();
    });
  }

  return (
    <Form<Values>
      form={form}
      name="shift"
      layout="inline"
      initialValues={EMPTY}
      onFinish={(v) => void save(v)}
      className="sd-roster-form"
    >
      <Form.Item
        name="weekday"
        label={t('duty.roster.weekday')}
        rules={[{ required: true, message: t('validation.choose') }]}
      >
        <Select
          style={{ width: 96 }}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`duty.weekdays.${d}`) }))}
        />
      </Form.Item>
      <Form.Item name="start" label={t('duty.roster.start')} rules={[timeRule]}>
        <Input style={{ width: 72 }} placeholder="08:00" maxLength={5} />
      </Form.Item>
      <Form.Item
        name="end"
        label={t('duty.roster.end')}
        dependencies={['start']}
        rules={[timeRule, spanRule]}
      >
        <Input style={{ width: 72 }} placeholder="16:00" maxLength={5} />
      </Form.Item>
      <Form.Item
        name="agentId"
        label={t('duty.roster.agent')}
        rules={[{ required: true, message: t('validation.choose') }]}
      >
        <Select style={{ width: 132 }} options={options} showSearch optionFilterProp="label" />
      </Form.Item>
      <ErrorField error={failure}>
        <Space size={6}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {editing ? t('duty.save') : t('duty.roster.addShift')}
          </Button>
          {editing && <Button onClick={onDone}>{t('duty.cancel')}</Button>}
        </Space>
      </ErrorField>
    </Form>
  );
}
