import { DatePicker, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExceptionKind } from '../../../core/roster';

type Options = { value: string; label: string }[];

/** The day (or days) an exception is for: a range for leave, one date otherwise. */
export function ExceptionDates({ kind }: { kind: ExceptionKind }) {
  const { t } = useTranslation();
  const rules = [{ required: true, message: t('duty.issues.date') }];
  return kind === 'leave' ? (
    <Form.Item name="dates" label={t('duty.exceptions.dates')} rules={rules}>
      <DatePicker.RangePicker style={{ width: 232 }} />
    </Form.Item>
  ) : (
    <Form.Item name="date" label={t('duty.exceptions.date')} rules={rules}>
      <DatePicker style={{ width: 128 }} />
    </Form.Item>
  );
}

/** A swap's covering agent, who is not the agent swapped out. */
export function CoverAgentField({ options }: { options: Options }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="coverAgentId"
      label={t('duty.exceptions.coverAgent')}
      dependencies={['agentId']}
      rules={[
        { required: true, message: t('validation.choose') },
        ({ getFieldValue }) => ({
          validator: (_, v?: string) =>
            v && v === getFieldValue('agentId')
              ? Promise.reject(new Error(t('duty.issues.sameAgent')))
              : Promise.resolve(),
        }),
      ]}
    >
      <Select style={{ width: 110 }} options={options} showSearch optionFilterProp="label" />
    </Form.Item>
  );
}
