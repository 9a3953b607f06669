import { Card, Typography } from 'antd';
import { InfoTable } from '../../shared/InfoTable';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../core/customers';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { FlagSwitch } from '../../shared/FlagSwitch';
import { PremiumAgreementSwitch } from '../escalations/PremiumAgreementSwitch';

/** The customer's identity, and the admin-role flag, which the agent flips in place. */
export function CustomerInfoCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const updateCustomer = useStore((s) => s.updateCustomer);
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Card size="small" title={t('customers.details')} style={{ marginBottom: 16 }}>
      <InfoTable
        label={t('customers.details')}
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('customerFields.name'), children: detail.name },
          { key: 'tenant', label: t('customerFields.tenantDomain'), children: detail.tenantDomain ?? none },
          {
            key: 'partner',
            label: t('customerFields.partnerCustomerId'),
            children: detail.partnerCustomerId ? (
              <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12 }}>
                {detail.partnerCustomerId}
              </Typography.Text>
            ) : (
              none
            ),
          },
          {
            key: 'admin',
            label: t('customerFields.adminRole'),
            children: (
              <FlagSwitch
                checked={detail.adminRole}
                label={t('customerFields.adminRole')}
                stateText={t(detail.adminRole ? 'customers.adminOn' : 'customers.adminOff')}
                save={(adminRole) => updateCustomer({ id: detail.id, adminRole })}
              />
            ),
          },
          {
            key: 'premium',
            label: t('escalation.premiumAgreement'),
            children: <PremiumAgreementSwitch detail={detail} />,
          },
          { key: 'created', label: t('customerFields.created'), children: formatDateTime(detail.createdAt) },
          { key: 'updated', label: t('customerFields.updated'), children: formatDateTime(detail.updatedAt) },
        ]}
      />
    </Card>
  );
}
