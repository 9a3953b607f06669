import { SearchOutlined } from '@ant-design/icons';
import { Input, Select, Space, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_ORDERS } from '../../../core/case-query';
import { qualifiersToFilters } from '../../../core/search-query';
import { useHotkey } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { deskUtcOffset } from '../../shared/format';
import { useClearable } from '../../shared/search-input';
import { SEARCH_DEBOUNCE_MS } from './list-limits';
import { SearchHelp } from './SearchHelp';

/** `/` focuses it; typing searches after a short pause; Esc clears; qualifiers move to the filter bar. */
export function SearchBox() {
  const { t } = useTranslation();
  const clearable = useClearable();
  const text = useStore((s) => s.caseQuery.text);
  const filters = useStore((s) => s.caseQuery.filters);
  const searchOrder = useStore((s) => s.caseQuery.searchOrder);
  const setCaseQuery = useStore((s) => s.setCaseQuery);
  const [value, setValue] = useState(text);
  // The text last handed to the store: a different one there came from elsewhere and is shown.
  const sent = useRef(text);
  const input = useRef<InputRef>(null);

  useHotkey('search', () => input.current?.focus());
  const focusPending = useStore((s) => s.searchFocusPending);
  const setFocusPending = useStore((s) => s.setSearchFocusPending);
  useEffect(() => {
    if (!focusPending) return;
    input.current?.focus();
    setFocusPending(false);
  }, [focusPending, setFocusPending]);
  useEffect(() => {
    if (text === sent.current) return;
    sent.current = text;
    setValue(text);
  }, [text]);

  const submit = (typed: string, typing: boolean) => {
    // `created:2026-11-01` is a day on the desk's calendar, as the service reads it.
    const moved = qualifiersToFilters(typed, filters, { utcOffsetMinutes: deskUtcOffset(), typing });
    sent.current = moved.text;
    setValue(moved.text);
    setCaseQuery(
      moved.filters === filters ? { text: moved.text } : { text: moved.text, filters: moved.filters },
    );
  };
  useEffect(() => {
    if (value === text) return;
    const timer = setTimeout(() => submit(value, true), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  });

  return (
    <Space.Compact style={{ maxWidth: 680, width: '100%' }}>
      <Input
        ref={input}
        allowClear={clearable}
        prefix={<SearchOutlined />}
        aria-label={t('caseList.searchLabel')}
        placeholder={t('caseList.searchPlaceholder')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setValue('');
            input.current?.blur();
          }
          if (e.key === 'Enter') submit(value, false);
          if (e.key === 'ArrowDown') input.current?.blur();
        }}
      />
      {text.trim() && (
        <Select
          aria-label={t('caseList.searchOrder.label')}
          value={searchOrder}
          style={{ width: 130 }}
          onChange={(order) => setCaseQuery({ searchOrder: order })}
          options={SEARCH_ORDERS.map((o) => ({ value: o, label: t(`caseList.searchOrder.${o}`) }))}
        />
      )}
      <SearchHelp />
    </Space.Compact>
  );
}
