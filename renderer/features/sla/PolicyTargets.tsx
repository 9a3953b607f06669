import { InputNumber } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Severity } from '../../../core/domain';
import type { SlaPolicy, SlaTargets } from '../../../core/sla';
import { MAX_TARGET_MIN } from '../../../core/sla-settings';
import { SeverityTag } from '../../shared/labels';

const FIELDS = ['firstResponseMin', 'nextUpdateMin', 'resolutionMin'] as const;
const CLOCK_OF = {
  firstResponseMin: 'firstResponse',
  nextUpdateMin: 'nextUpdate',
  resolutionMin: 'resolution',
} as const;

/** Targets are typed in hours (the unit desks quote: 2 h, 24 h), kept in whole minutes. */
const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const toMinutes = (hours: number) => Math.round(hours * 60);

/** The per-severity targets as a small grid of hour fields. */
export function PolicyTargets({
  targets,
  onChange,
}: {
  targets: SlaPolicy['targets'];
  onChange(severity: Severity, change: Partial<SlaTargets>): void;
}) {
  const { t } = useTranslation();
  return (
    <ListTable<{ severity: Severity }>
      rowKey="severity"
      aria-label={t('sla.policy.targets')}
      dataSource={SEVERITIES.map((severity) => ({ severity }))}
      style={{ marginBottom: 12 }}
      columns={[
        {
          title: t('sla.policy.severity'),
          dataIndex: 'severity',
          width: 110,
          render: (s: Severity) => <SeverityTag severity={s} />,
        },
        ...FIELDS.map((field) => ({
          title: t('sla.policy.hoursOf', { clock: t(`sla.clock.${CLOCK_OF[field]}`) }),
          key: field,
          render: (_v: unknown, { severity }: { severity: Severity }) => (
            <InputNumber<number>
              size="small"
              min={0.25}
              max={MAX_TARGET_MIN / 60}
              step={1}
              style={{ width: 110 }}
              aria-label={t('sla.policy.targetAria', {
                severity: t(`severities.${severity}`),
                clock: t(`sla.clock.${CLOCK_OF[field]}`),
              })}
              value={toHours(targets[severity][field])}
              onChange={(hours) => hours !== null && onChange(severity, { [field]: toMinutes(hours) })}
            />
          ),
        })),
      ]}
    />
  );
}
