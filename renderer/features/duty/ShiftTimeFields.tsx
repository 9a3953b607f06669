import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseHhmm } from '../../../core/local-time';
import { shiftSpan } from '../../../core/roster';

/** A shift's start and end as HH:mm that make a span (an earlier end is the next morning). */
export function ShiftTimeFields({ placeholders }: { placeholders: readonly [start: string, end: string] }) {
  const { t } = useTranslation();
  const timeRule = {
    validator: (_: unknown, v?: string) =>
      parseHhmm(v ?? '') === null ? Promise.reject(new Error(t('duty.issues.time'))) : Promise.resolve(),
  };
  return (
    <>
      <Form.Item name="start" label={t('duty.roster.start')} rules={[timeRule]}>
        <Input style={{ width: 72 }} placeholder={placeholders[0]} maxLength={5} />
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
        <Input style={{ width: 72 }} placeholder={placeholders[1]} maxLength={5} />
      </Form.Item>
    </>
  );
}
