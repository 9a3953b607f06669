import { DatePicker, Input, Select, Typography } from 'antd';
import { pickedInstant, pickerValue } from '../../shared/format';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../core/agents';
import { HOUR } from '../../../core/time';
import type { PlanEdit } from './compose-state';

interface FieldProps {
  number: string;
  plan: PlanEdit;
  /** Issue message keys by field (nextAction, owner, deadline, contingency), when shown. */
  error: (field: string) => string | undefined;
  onChange(patch: Partial<PlanEdit>): void;
}

function FieldError({ message }: { message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }}>
      {t(message)}
    </Typography.Text>
  );
}

export function NextActionField({ number, plan, error, onChange }: FieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <Input.TextArea
        aria-label={t('handover.fields.nextActionFor', { number })}
        placeholder={t('handover.placeholders.nextAction')}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={2_000}
        status={error('nextAction') ? 'error' : undefined}
        value={plan.nextAction}
        onChange={(e) => onChange({ nextAction: e.target.value })}
      />
      <FieldError message={error('nextAction')} />
    </>
  );
}

export function OwnerDeadlineFields({
  number,
  plan,
  error,
  onChange,
  agents,
  now,
}: FieldProps & { agents: readonly Agent[]; now: number }) {
  const { t } = useTranslation();
  const hours = (h: number) => pickerValue(now + h * HOUR).startOf('minute');
  return (
    <>
      <Select
        size="small"
        showSearch
        optionFilterProp="label"
        style={{ width: '100%' }}
        aria-label={t('handover.fields.ownerFor', { number })}
        placeholder={t('handover.fields.owner')}
        status={error('owner') ? 'error' : undefined}
        value={plan.ownerId ?? undefined}
        options={agents.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(ownerId: string) => onChange({ ownerId })}
      />
      <FieldError message={error('owner')} />
      <DatePicker
        size="small"
        showTime={{ format: 'HH:mm', minuteStep: 5 }}
        format="YYYY-MM-DD HH:mm"
        style={{ width: '100%', marginTop: 4 }}
        aria-label={t('handover.fields.deadlineFor', { number })}
        placeholder={t('handover.fields.deadline')}
        status={error('deadline') ? 'error' : undefined}
        value={plan.deadline !== null ? pickerValue(plan.deadline) : null}
        presets={[1, 2, 4, 8].map((h) => ({
          label: t('handover.fields.inHours', { count: h }),
          value: hours(h),
        }))}
        onChange={(value) => onChange({ deadline: value ? pickedInstant(value) : null })}
      />
      <FieldError message={error('deadline')} />
    </>
  );
}

export function ContingencyFields({ number, plan, error, onChange }: FieldProps) {
  const { t } = useTranslation();
  const status = error('contingency') ? 'error' : undefined;
  return (
    <>
      <Input
        size="small"
        prefix={<Typography.Text type="secondary">{t('handover.contingency.if')}</Typography.Text>}
        aria-label={t('handover.fields.ifFor', { number })}
        placeholder={t('handover.placeholders.if')}
        maxLength={1_000}
        status={status}
        value={plan.contingencyIf}
        onChange={(e) => onChange({ contingencyIf: e.target.value })}
      />
      {/* What to do is often a few steps: the box grows with its text instead of cutting it. */}
      <div className="sd-then">
        <Typography.Text type="secondary" aria-hidden="true">
          {t('handover.contingency.then')}
        </Typography.Text>
        <Input.TextArea
          size="small"
          autoSize={{ minRows: 1, maxRows: 6 }}
          aria-label={t('handover.fields.thenFor', { number })}
          placeholder={t('handover.placeholders.then')}
          maxLength={1_000}
          status={status}
          value={plan.contingencyThen}
          onChange={(e) => onChange({ contingencyThen: e.target.value })}
        />
      </div>
      <FieldError message={error('contingency')} />
    </>
  );
}
