import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../../../core/case-query';

/** The choices of the list's SLA filter: due within N minutes (overdue included), or breached. */
const CHOICES = ['within30', 'within60', 'within240', 'breached'] as const;
/** A due-within span no choice offers (a saved view made elsewhere) shows as itself. */
type Choice = (typeof CHOICES)[number] | 'custom';
const MINUTES: Record<Exclude<Choice, 'breached' | 'custom'>, number> = {
  within30: 30,
  within60: 60,
  within240: 240,
};

type SlaFilters = Pick<CaseFilters, 'dueWithinMin' | 'breached'>;

function choiceOf(filters: SlaFilters): Choice | undefined {
  if (filters.breached) return 'breached';
  if (filters.dueWithinMin === undefined) return undefined;
  const known = (Object.keys(MINUTES) as (keyof typeof MINUTES)[]).find(
    (k) => MINUTES[k] === filters.dueWithinMin,
  );
  return known ?? 'custom';
}

/** One select for the SLA filters; `onChange` receives both keys, the unused one undefined. */
export function SlaFilter({
  filters,
  onChange,
}: {
  filters: SlaFilters;
  onChange(change: SlaFilters): void;
}) {
  const { t } = useTranslation();
  const value = choiceOf(filters);
  return (
    <Select<Choice>
      size="small"
      allowClear
      aria-label={t('filters.aria', { name: t('sla.filter.label') })}
      placeholder={t('sla.filter.label')}
      style={{ width: 150 }}
      value={value}
      options={[
        ...CHOICES.map((c) => ({ value: c as Choice, label: t(`sla.filter.${c}`) })),
        ...(value === 'custom'
          ? [{ value: 'custom' as const, label: t('sla.filter.withinN', { minutes: filters.dueWithinMin }) }]
          : []),
      ]}
      onChange={(choice?: Choice) =>
        onChange({
          dueWithinMin:
            choice === 'custom'
              ? filters.dueWithinMin
              : choice && choice !== 'breached'
                ? MINUTES[choice]
                : undefined,
          breached: choice === 'breached' ? true : undefined,
        })
      }
    />
  );
}
