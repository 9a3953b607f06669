import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../core/customers';
import { useStore } from '../../store';

/** A searchable customer picker for the filter bar. */
export function CustomerFilter({ value, onChange }: { value?: string; onChange: (id?: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [customers, setCustomers] = useState<Customer[]>([]);
  const findCustomers = useStore((s) => s.findCustomers);
  const customerById = useStore((s) => s.customerById);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void findCustomers(query, 20).then((found) => current && setCustomers(found));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, findCustomers]);

  // A customer chosen elsewhere (a saved view) is shown by name, not id.
  useEffect(() => {
    if (!value || customers.some((c) => c.id === value)) return;
    let current = true;
    customerById(value)
      .then((found) => current && setCustomers((list) => [found, ...list]))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [value, customers, customerById]);

  return (
    <Select
      size="small"
      allowClear
      showSearch={{ filterOption: false, onSearch: setQuery }}
      aria-label={t('filters.aria', { name: t('filters.customer') })}
      placeholder={t('filters.customer')}
      style={{ width: 200 }}
      value={value}
      options={customers.map((c) => ({ value: c.id, label: c.name }))}
      onChange={(id?: string) => onChange(id)}
    />
  );
}
