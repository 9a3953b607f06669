import { Checkbox, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerDetail } from '../../../core/customers';
import { ContractFormModal } from '../../shared/ContractFormModal';
import { useStore } from '../../store';
import { serviceName } from '../../shared/service-names';

interface Values {
  name: string;
  tenantDomain: string;
  partnerCustomerId: string;
  adminRole: boolean;
  services: string[];
}
const FIELDS = ['name', 'tenantDomain', 'partnerCustomerId', 'adminRole', 'services'] as const;

interface Props {
  open: boolean;
  /** The customer to edit; without one, the form creates a customer. */
  customer?: CustomerDetail;
  onClose: () => void;
  onSaved?: (customer: Customer) => void;
}

/** Creates a customer, or edits one's name, tenant domain, Partner Center id and admin role. */
export function CustomerFormModal({ open, customer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const catalogue = useStore((s) => s.serviceCatalogue);
  const language = useStore((s) => s.language);
  const updateCustomer = useStore((s) => s.updateCustomer);
  const createCustomer = useStore((s) => s.createCustomer);

  async function save({ services, ...fields }: Values) {
    const saved: Customer = customer
      ? await updateCustomer({ id: customer.id, ...fields })
      : await createCustomer({ ...fields, services });
    return {
      done: t(customer ? 'customers.saved' : 'customers.created', { name: saved.name }),
      after: () => onSaved?.(saved),
    };
  }

  return (
    <ContractFormModal
      fields={FIELDS}
      title={t(customer ? 'customers.edit' : 'customers.new')}
      okText={t('customers.save')}
      open={open}
      width={560}
      onClose={onClose}
      onSave={save}
      initialValues={{
        name: customer?.name ?? '',
        tenantDomain: customer?.tenantDomain ?? '',
        partnerCustomerId: customer?.partnerCustomerId ?? '',
        adminRole: customer?.adminRole ?? false,
        services: customer?.services ?? [],
      }}
    >
      <Form.Item name="name" label={t('customerFields.name')}>
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="tenantDomain" label={t('customerFields.tenantDomain')}>
        <Input placeholder="contoso.partner.onmschina.cn" />
      </Form.Item>
      <Form.Item name="partnerCustomerId" label={t('customerFields.partnerCustomerId')}>
        <Input maxLength={64} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item
        name="adminRole"
        label={t('customerFields.adminRole')}
        valuePropName="checked"
        extra={t('customers.adminHelp')}
      >
        <Switch />
      </Form.Item>
      {!customer && (
        <Form.Item name="services" label={t('customerFields.services')}>
          <Checkbox.Group
            aria-label={t('customerFields.services')}
            options={catalogue.map((s) => ({
              value: s.key,
              label: serviceName(catalogue, s.key, language),
            }))}
          />
        </Form.Item>
      )}
    </ContractFormModal>
  );
}
