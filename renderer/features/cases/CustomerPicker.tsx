import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../core/customers';
import { NEW_CUSTOMER } from './new-case-form';
import { useStore } from '../../store';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Called with the typed text when the agent chooses to create a customer from it. */
  onCreate: (name: string) => void;
}

/** Searches customers as the agent types; the last option creates a new one from the text typed. */
export function CustomerPicker({ id, value, onChange, onCreate }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [customers, setCustomers] = useState<Customer[]>([]);
  const latest = useRef(0);
  const findCustomers = useStore((s) => s.findCustomers);
  const customerById = useStore((s) => s.customerById);

  // A picked customer restored from a draft may not be among the first results: fetch it for its label.
  useEffect(() => {
    if (!value || value === NEW_CUSTOMER || customers.some((c) => c.id === value)) return;
    let live = true;
    customerById(value)
      .then((c) => live && setCustomers((list) => (list.some((x) => x.id === c.id) ? list : [c, ...list])))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [value, customers, customerById]);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      void findCustomers(query, 20).then((found) => {
        if (ticket === latest.current) setCustomers(found);
      });
    }, 120);
    return () => clearTimeout(timer);
  }, [query, findCustomers]);

  const options = [
    ...customers.map((c) => ({
      value: c.id,
      label: c.tenantDomain ? `${c.name} · ${c.tenantDomain}` : c.name,
    })),
    {
      value: NEW_CUSTOMER,
      label: query.trim()
        ? t('customerPicker.create', { name: query.trim() })
        : t('customerPicker.createEmpty'),
    },
  ];

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      placeholder={t('customerPicker.placeholder')}
      options={options}
      notFoundContent={t('customerPicker.noMatch')}
      onChange={(next: string) => {
        if (next === NEW_CUSTOMER) onCreate(query.trim());
        onChange?.(next);
      }}
    />
  );
}
