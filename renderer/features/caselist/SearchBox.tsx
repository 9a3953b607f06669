import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHotkey } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { SEARCH_DEBOUNCE_MS } from './list-limits';

/** `/` focuses it; typing searches after a short pause; Esc clears. */
export function SearchBox() {
  const { t } = useTranslation();
  const text = useStore((s) => s.caseQuery.text);
  const setCaseQuery = useStore((s) => s.setCaseQuery);
  const [value, setValue] = useState(text);
  const input = useRef<InputRef>(null);

  useHotkey('/', () => input.current?.focus());
  useEffect(() => {
    if (value === text) return;
    const timer = setTimeout(() => setCaseQuery({ text: value }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, text, setCaseQuery]);

  return (
    <Input
      ref={input}
      allowClear
      prefix={<SearchOutlined />}
      aria-label={t('caseList.searchLabel')}
      placeholder={t('caseList.searchPlaceholder')}
      value={value}
      style={{ maxWidth: 520 }}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setValue('');
          input.current?.blur();
        }
        if (e.key === 'Enter') setCaseQuery({ text: value });
        if (e.key === 'ArrowDown') input.current?.blur();
      }}
    />
  );
}
