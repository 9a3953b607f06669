import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportPreviewCustomer } from '../../../core/customer-import';
import { serviceName } from '../../shared/service-names';
import { useStore } from '../../store';
import { usePager } from '../../shared/page-links';

/** The customers the import will create or update, with the rows each comes from. */
export function PreviewCustomersTable({ preview }: { preview: ImportPreview }) {
  const pager = usePager(8);
  const { t } = useTranslation();
  const catalogue = useStore((s) => s.serviceCatalogue);
  const language = useStore((s) => s.language);
  return (
    <Table<ImportPreviewCustomer>
      aria-label={t('customerImport.customersTab', { count: preview.creates + preview.updates })}
      size="small"
      rowKey={(c) => c.rows.join(',')}
      dataSource={preview.customers}
      pagination={pager}
      locale={{ emptyText: t('customerImport.noCustomers') }}
      columns={[
        {
          title: t('customerImport.action'),
          dataIndex: 'action',
          width: 72,
          render: (action: ImportPreviewCustomer['action'], c) =>
            action === 'create' ? (
              <Tag color="green">{t('customerImport.create')}</Tag>
            ) : (
              <Tooltip title={t('customerImport.updates', { name: c.existingName ?? '' })}>
                <Tag color="blue">{t('customerImport.update')}</Tag>
              </Tooltip>
            ),
        },
        { title: t('customerImport.fields.name'), dataIndex: 'name', ellipsis: true },
        {
          title: t('customerImport.fields.tenantDomain'),
          dataIndex: 'tenantDomain',
          width: 210,
          ellipsis: true,
        },
        {
          title: t('customerImport.fields.partnerCustomerId'),
          dataIndex: 'partnerCustomerId',
          width: 140,
          ellipsis: true,
        },
        {
          title: t('customerImport.fields.services'),
          dataIndex: 'services',
          width: 190,
          render: (keys: string[]) =>
            keys.map((k) => serviceName(catalogue, k, language)).join(language === 'en' ? ', ' : '、'),
        },
        { title: t('customerImport.contacts'), dataIndex: 'contacts', width: 84, align: 'right' },
        {
          title: t('customerImport.rows'),
          dataIndex: 'rows',
          width: 84,
          render: (rows: number[]) => rows.join(', '),
        },
      ]}
    />
  );
}
