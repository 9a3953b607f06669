import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseHhmm } from '../../../core/local-time';
import { shiftSpan, type ExceptionKind } from '../../../core/roster';

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

/** An extra shift's start and end, as HH:mm, that make a span. */
export function ExtraShiftTimes() {
  const { t } = useTranslation();
  const timeRule = {
    validator: (_: unknown, v?: string) =>
      parseHhmm(v ?? '') === null ? Promise.reject(new Error(t('duty.issues.time'))) : Promise.resolve(),
  };
  return (
    <>
      <Form.Item name="start" label={t('duty.roster.start')} rules={[timeRule]}>
        <Input style={{ width: 72 }} placeholder="20:00" maxLength={5} />
      </Form.Item>
      <Form.Item
        name="end"
        label={t('duty.roster.end')}
        dependencies={['start']}
        rules={[
          timeRule,
          ({ getFieldValue }) => ({
            validator: (_, v?: string) =>
              parseHhmm(v ?? '') !== null &&
              parseHhmm(getFieldValue('start') ?? '') !== null &&
              !shiftSpan(getFieldValue('start') ?? '', v ?? '')
                ? Promise.reject(new Error(t('duty.issues.sameTime')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input style={{ width: 72 }} placeholder="08:00" maxLength={5} />
      </Form.Item>
    </>
  );
}
