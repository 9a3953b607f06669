import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../../core/customers';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { serviceName } from '../../shared/service-names';
import { SheetVersionTag } from '../sheets/SheetFilterSelect';

export function useCustomerColumns(): ColumnsType<CustomerListItem> {
  const { t } = useTranslation();
  const catalogue = useStore((s) => s.serviceCatalogue);
  const language = useStore((s) => s.language);
  return [
    {
      title: t('customerFields.name'),
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('customerFields.tenantDomain'),
      dataIndex: 'tenantDomain',
      width: 200,
      ellipsis: true,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('customerFields.partnerIdShort'),
      dataIndex: 'partnerCustomerId',
      width: 130,
      ellipsis: true,
      render: (v: string | null) =>
        v ? (
          <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{v}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('customerFields.services'),
      dataIndex: 'services',
      width: 180,
      render: (keys: string[]) =>
        keys.map((key) => (
          <Tag key={key} style={{ marginInlineEnd: 4 }}>
            {serviceName(catalogue, key, language)}
          </Tag>
        )),
    },
    {
      title: t('customerFields.adminRole'),
      dataIndex: 'adminRole',
      width: 90,
      render: (admin: boolean) =>
        admin ? (
          <Tag color="blue">{t('customers.adminYes')}</Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: t('customerFields.contacts'), dataIndex: 'contactCount', width: 76, align: 'right' },
    {
      title: t('customerFields.openCases'),
      dataIndex: 'openCaseCount',
      width: 92,
      align: 'right',
      render: (n: number) => (n > 0 ? <Typography.Text strong>{n}</Typography.Text> : n),
    },
    {
      title: t('supportSheet.column'),
      dataIndex: 'sheetVersion',
      width: 100,
      render: (v: number | null) => <SheetVersionTag version={v} />,
    },
    {
      title: t('customerFields.updated'),
      dataIndex: 'updatedAt',
      width: 132,
      render: (ms: number) => formatDateTime(ms),
    },
  ];
}
