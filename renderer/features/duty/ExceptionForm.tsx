import { Button, DatePicker, Form, Input, Segmented, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCEPTION_KINDS, parseHhmm, shiftSpan, type ExceptionKind } from '../../../core/roster';
import { useFormSave } from '../../shared/use-form-save';
import { useStore } from '../../store';
import { fieldErrors, refusalText } from '../../shared/duty-text';
import { useAgentOptions } from './use-agent-options';

interface Values {
  agentId?: string;
  coverAgentId?: string;
  dates?: [Dayjs, Dayjs];
  date?: Dayjs;
  start?: string;
  end?: string;
  note?: string;
}
const FIELDS = ['agentId', 'coverAgentId', 'dates', 'date', 'start', 'end', 'note'] as const;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Leave (a date range), a swap (someone takes another's shifts on a date) or an extra shift on a date. */
export function ExceptionForm() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const addException = useStore((s) => s.addException);
  const { options } = useAgentOptions();
  const [kind, setKind] = useState<ExceptionKind>('leave');
  const [failure, setFailure] = useState<string | null>(null);
  const { saving, save: run } = useFormSave(form, {
    // Leave's two dates are one range picker.
    fieldErrors: (issues) =>
      fieldErrors(
        issues.map((i) => (i.path === 'fromDate' || i.path === 'toDate' ? { ...i, path: 'dates' } : i)),
        FIELDS,
        t,
      ),
    onError: (error, onFields) => {
      if (!onFields) setFailure(refusalText(t, error, (k) => i18n.exists(k)));
    },
  });
  const required = { required: true, message: t('validation.choose') };
  const timeRule = {
    validator: (_: unknown, v?: string) =>
      parseHhmm(v ?? '') === null ? Promise.reject(new Error(t('duty.issues.time'))) : Promise.resolve(),
  };

  function save(v: Values) {
    setFailure(null);
    const note = v.note?.trim() ?? '';
    return run(async () => {
      if (kind === 'leave') {
        await addException({
          kind,
          agentId: v.agentId!,
          fromDate: day(v.dates![0]),
          toDate: day(v.dates![1]),
          note,
        });
      } else if (kind === 'swap') {
        await addException({
          kind,
          agentId: v.agentId!,
          coverAgentId: v.coverAgentId!,
          date: day(v.date!),
          note,
        });
      } else {
        await addException({
          kind,
          agentId: v.agentId!,
          date: day(v.date!),
          start: v.start!.trim(),
          end: v.end!.trim(),
          note,
        });
      }
      form.resetFields();
    });
  }

  return (
    <Form<Values>
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
      {kind === 'leave' ? (
        <Form.Item
          name="dates"
          label={t('duty.exceptions.dates')}
          rules={[{ required: true, message: t('duty.issues.date') }]}
        >
          <DatePicker.RangePicker style={{ width: 232 }} />
        </Form.Item>
      ) : (
        <Form.Item
          name="date"
          label={t('duty.exceptions.date')}
          rules={[{ required: true, message: t('duty.issues.date') }]}
        >
          <DatePicker style={{ width: 128 }} />
        </Form.Item>
      )}
      <Form.Item name="agentId" label={t(`duty.exceptions.agentLabel.${kind}`)} rules={[required]}>
        <Select style={{ width: 110 }} options={options} showSearch optionFilterProp="label" />
      </Form.Item>
      {kind === 'swap' && (
        <Form.Item
          name="coverAgentId"
          label={t('duty.exceptions.coverAgent')}
          dependencies={['agentId']}
          rules={[
            required,
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
      )}
      {kind === 'extra' && (
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
      )}
      <Form.Item name="note" label={t('duty.exceptions.note')}>
        <Input style={{ width: 140 }} maxLength={200} />
      </Form.Item>
      <Form.Item help={failure ?? undefined} validateStatus={failure ? 'error' : undefined}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('duty.exceptions.add')}
        </Button>
      </Form.Item>
    </Form>
  );
}
