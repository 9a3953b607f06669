import { Button, Form, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../core/local-time';
import type { PatternShift } from '../../../core/roster';
import { useRosterFormSave } from '../../shared/use-roster-form-save';
import { useStore } from '../../store';
import { useAgentOptions } from './use-agent-options';
import { ErrorField } from '../../shared/ErrorField';
import { ShiftTimeFields } from './ShiftTimeFields';

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
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saveShift = useStore((s) => s.saveShift);
  const { options } = useAgentOptions();
  const { saving, failure, save: run } = useRosterFormSave(form, FIELDS);

  useEffect(() => {
    form.setFieldsValue(editing ? { ...editing } : EMPTY);
  }, [editing, form]);

  function save(values: Values) {
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
      <ShiftTimeFields placeholders={['08:00', '16:00']} />
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
          {editing && <Button onClick={onDone}>{t('controls.cancel')}</Button>}
        </Space>
      </ErrorField>
    </Form>
  );
}
