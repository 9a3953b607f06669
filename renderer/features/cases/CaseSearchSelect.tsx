import { Select } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../core/cases';
import { useDebouncedAnswer } from '../../shared/use-debounced-answer';
import { useStore } from '../../store';

interface Props {
  /** The case being linked from: never offered. */
  excludeId: string;
  value: string | null;
  onChange(id: string | null): void;
  status?: 'error';
}

/** Finds a case by its number (SD-2026-000123) or by any words of its title, notes or customer. */
export function CaseSearchSelect({ excludeId, value, onChange, status }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const findCases = useStore((s) => s.findCases);
  const find = useCallback(() => findCases(query.trim(), 20), [query, findCases]);
  const hits = useDebouncedAnswer<CaseListItem[]>(find, 150, []);

  return (
    <Select
      size="small"
      style={{ flex: 1, minWidth: 0 }}
      aria-label={t('caseLinks.pick')}
      placeholder={t('caseLinks.pickPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      status={status}
      notFoundContent={t('caseLinks.noMatch')}
      onChange={(id: string) => onChange(id)}
      options={hits
        .filter((h) => h.id !== excludeId)
        .map((h) => ({ value: h.id, label: `${h.number} · ${h.title}` }))}
    />
  );
}
