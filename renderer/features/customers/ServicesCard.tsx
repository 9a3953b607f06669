import { Checkbox } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../core/customers';
import { useStore } from '../../store';
import { ServicesAddCard } from './ServicesAddCard';
import { serviceName } from '../../shared/service-names';
import { useShowError } from '../../shared/use-show-error';

/** The services resold to the customer: ticking one saves at once. */
export function ServicesCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const catalogue = useStore((s) => s.serviceCatalogue);
  const language = useStore((s) => s.language);
  const updateCustomer = useStore((s) => s.updateCustomer);
  // What the agent ticked, shown at once while it is being saved; the stored answer replaces it.
  const [pending, setPending] = useState<string[] | null>(null);

  async function save(services: string[]) {
    setPending(services);
    try {
      await updateCustomer({ id: detail.id, services });
    } catch (error) {
      showError(error);
    } finally {
      setPending(null);
    }
  }

  return (
    <ServicesAddCard
      title={t('customers.services')}
      onAdded={(service) => void save([...detail.services, service.key])}
    >
      <Checkbox.Group
        aria-label={t('customers.services')}
        disabled={pending !== null}
        value={pending ?? detail.services}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', rowGap: 6 }}
        options={catalogue.map((s) => ({ value: s.key, label: serviceName(catalogue, s.key, language) }))}
        onChange={(keys) => void save(keys)}
      />
    </ServicesAddCard>
  );
}
