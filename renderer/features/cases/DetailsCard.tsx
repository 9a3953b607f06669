import { EditOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { InfoTable } from '../../shared/InfoTable';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { formatDateTime } from '../../shared/format';
import { useServices } from '../../shared/use-services';
import { OwnerControl } from './OwnerControl';

export function DetailsCard({ detail, onEdit }: { detail: CaseDetail; onEdit(): void }) {
  const { t } = useTranslation();
  const services = useServices();
  return (
    <Card
      size="small"
      title={t('cases.details')}
      style={{ marginBottom: 12 }}
      extra={
        <Button
          size="small"
          type="link"
          icon={<EditOutlined />}
          aria-label={t('casePage.editFields')}
          onClick={onEdit}
        />
      }
    >
      <InfoTable
        label={t('cases.details')}
        size="small"
        column={1}
        items={[
          { key: 'customer', label: t('fields.customer'), children: detail.customer.name },
          { key: 'tenant', label: t('fields.tenantDomain'), children: detail.customer.tenantDomain ?? '—' },
          { key: 'owner', label: t('fields.owner'), children: <OwnerControl detail={detail} /> },
          { key: 'area', label: t('fields.supportArea'), children: t(`supportAreas.${detail.supportArea}`) },
          { key: 'service', label: t('fields.service'), children: services.name(detail.service) },
          { key: 'channel', label: t('fields.channel'), children: t(`channels.${detail.channel}`) },
          { key: 'request', label: t('fields.requestNumber'), children: detail.requestNumber ?? '—' },
          { key: 'created', label: t('fields.created'), children: formatDateTime(detail.createdAt) },
          { key: 'updated', label: t('fields.updated'), children: formatDateTime(detail.updatedAt) },
        ]}
      />
    </Card>
  );
}
