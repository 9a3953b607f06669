import { Button, DatePicker, Select, Space } from 'antd';
import { SearchInput } from '../../shared/search-input';
import { pickedInstant, pickerValue } from '../../shared/format';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../../../core/case-query';
import { CASE_STATUSES, SEVERITIES, SUPPORT_AREAS } from '../../../core/domain';
import { useStore } from '../../store';
import { useServices } from '../../shared/use-services';
import { useChoiceOptions } from '../../shared/use-choice-options';
import { SlaFilter } from '../sla/SlaFilter';
import { CustomerFilter } from './CustomerFilter';

const MULTI = {
  mode: 'multiple' as const,
  allowClear: true,
  maxTagCount: 'responsive' as const,
  size: 'small' as const,
};

/** A filter that picks any number of values from a list. */
interface ListFilter {
  key: 'statuses' | 'severities' | 'supportAreas' | 'services';
  label: string;
  width: number;
  options: { value: string; label: string }[];
}

/** Every filter of the list; each change reloads the list (or search) with all of them combined. */
export function FilterBar() {
  const { t } = useTranslation();
  const services = useServices();
  const filters = useStore((s) => s.caseQuery.filters);
  const setCaseQuery = useStore((s) => s.setCaseQuery);
  const update = (change: Partial<CaseFilters>) => {
    const next: CaseFilters = { ...filters, ...change };
    for (const key of Object.keys(next) as (keyof CaseFilters)[]) {
      const value = next[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
        delete next[key];
    }
    setCaseQuery({ filters: next });
  };
  const options = useChoiceOptions();
  // In the bar's order.
  const lists: ListFilter[] = [
    { key: 'statuses', label: 'filters.status', width: 170, options: options(CASE_STATUSES, 'statuses') },
    { key: 'severities', label: 'filters.severity', width: 150, options: options(SEVERITIES, 'severities') },
    {
      key: 'supportAreas',
      label: 'filters.supportArea',
      width: 180,
      options: options(SUPPORT_AREAS, 'supportAreas'),
    },
    { key: 'services', label: 'filters.service', width: 150, options: services.options },
  ];
  const range = filters.createdFrom !== undefined && filters.createdTo !== undefined;

  return (
    <Space wrap size={[8, 8]} aria-label={t('filters.aria', { name: t('filters.label') })}>
      {lists.map((list) => (
        <Select
          {...MULTI}
          key={list.key}
          aria-label={t('filters.aria', { name: t(list.label) })}
          placeholder={t(list.label)}
          style={{ width: list.width }}
          value={filters[list.key] ?? []}
          options={list.options}
          onChange={(v: string[]) => update({ [list.key]: v })}
        />
      ))}
      <CustomerFilter value={filters.customerId} onChange={(customerId) => update({ customerId })} />
      <Select
        size="small"
        allowClear
        aria-label={t('filters.aria', { name: t('filters.owner') })}
        placeholder={t('filters.owner')}
        style={{ width: 120 }}
        value={filters.owner}
        onChange={(owner) => update({ owner })}
        options={[
          { value: 'me', label: t('filters.ownerMe') },
          { value: 'none', label: t('filters.ownerNone') },
        ]}
      />
      <SearchInput
        size="small"
        aria-label={t('filters.aria', { name: t('filters.tag') })}
        placeholder={t('filters.tag')}
        style={{ width: 130 }}
        defaultValue={filters.tag}
        key={filters.tag ?? ''}
        onSearch={(tag) => update({ tag: tag.trim() || undefined })}
      />
      {/* The group carries the filter's name; each box is named by its own placeholder (start, end), so the
          two never share one name. */}
      <span role="group" aria-label={t('filters.aria', { name: t('filters.created') })}>
        <DatePicker.RangePicker
          size="small"
          style={{ width: 230 }}
          value={
            range
              ? [pickerValue(filters.createdFrom!), pickerValue(filters.createdTo! - 1).startOf('day')]
              : null
          }
          // Whole days on the desk's calendar: from the first day's midnight to the day after the last.
          onChange={(dates) =>
            update({
              createdFrom: dates?.[0] ? pickedInstant(dates[0].startOf('day')) : undefined,
              createdTo: dates?.[1] ? pickedInstant(dates[1].startOf('day').add(1, 'day')) : undefined,
            })
          }
        />
      </span>
      <SlaFilter filters={filters} onChange={update} />
      {Object.keys(filters).length > 0 && (
        <Button size="small" type="link" onClick={() => setCaseQuery({ filters: {} })}>
          {t('filters.clear')}
        </Button>
      )}
    </Space>
  );
}
