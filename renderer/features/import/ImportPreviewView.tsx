import { Alert, Col, Row, Select, Space, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CSV_ENCODINGS, type CsvEncoding } from '../../../core/csv-encoding';
import type { ImportIssue, ImportPreview, ImportPreviewCustomer } from '../../../core/customer-import';
import { useStore } from '../../store';
import { serviceName } from '../../shared/service-names';
import type { ImportFile } from './ImportDialog';
import { issueColumn, issueText } from './issue-text';

interface Props {
  file: ImportFile;
  preview: ImportPreview;
  writing: boolean;
  onEncoding: (encoding: CsvEncoding) => void;
}

/** What the import will do, before anything is written. */
export function ImportPreviewView({ file, preview, writing, onEncoding }: Props) {
  const { t } = useTranslation();
  const catalogue = useStore((s) => s.serviceCatalogue);
  const language = useStore((s) => s.language);
  const ignored = preview.columns.filter((c) => c.field === null && c.header !== '').map((c) => c.header);
  const importable = preview.rows - preview.errorRows;

  const stats: [string, number, string?][] = [
    ['customerImport.stats.rows', preview.rows],
    ['customerImport.stats.creates', preview.creates, '#237804'],
    ['customerImport.stats.updates', preview.updates, '#1d5fb8'],
    ['customerImport.stats.merged', preview.mergedRows],
    ['customerImport.stats.contacts', preview.contacts],
    ['customerImport.stats.errors', preview.errorRows, preview.errorRows > 0 ? '#cf1322' : undefined],
  ];

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>{file.name}</Typography.Text>
        <Typography.Text type="secondary">{t('customerImport.encoding')}</Typography.Text>
        <Select<CsvEncoding>
          size="small"
          aria-label={t('customerImport.encoding')}
          value={file.encoding}
          disabled={writing}
          style={{ width: 300 }}
          onChange={onEncoding}
          options={CSV_ENCODINGS.map((e) => ({
            value: e,
            label:
              t(`customerImport.encodings.${e}`) +
              (e === file.detected ? ` · ${t('customerImport.detected')}` : ''),
          }))}
        />
      </Space>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {stats.map(([key, value, color]) => (
          <Col key={key} span={4}>
            <Statistic
              title={t(key)}
              value={value}
              styles={{ content: { fontSize: 20, ...(color ? { color } : {}) } }}
            />
          </Col>
        ))}
      </Row>
      {preview.errorRows > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('customerImport.skipped', { errors: preview.errorRows, rows: importable })}
          description={
            preview.issueCount > preview.issues.length
              ? t('customerImport.firstIssues', { shown: preview.issues.length, total: preview.issueCount })
              : undefined
          }
        />
      )}
      {ignored.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('customerImport.ignoredColumns', { columns: ignored.join('、') })}
        </Typography.Paragraph>
      )}
      <Tabs
        size="small"
        defaultActiveKey={preview.issues.length > 0 ? 'issues' : 'customers'}
        items={[
          {
            key: 'issues',
            label: t('customerImport.issuesTab', { count: preview.issueCount }),
            children: (
              <Table<ImportIssue>
                aria-label={t('customerImport.issuesTab', { count: preview.issueCount })}
                size="small"
                rowKey={(issue) => `${issue.row}:${issue.field}:${issue.code}:${issue.params?.value ?? ''}`}
                dataSource={preview.issues}
                pagination={{ pageSize: 8, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
                locale={{ emptyText: t('customerImport.noIssues') }}
                columns={[
                  { title: t('customerImport.row'), dataIndex: 'row', width: 70, align: 'right' },
                  {
                    title: t('customerImport.column'),
                    key: 'column',
                    width: 200,
                    render: (_, i) => issueColumn(i, t),
                  },
                  { title: t('customerImport.problem'), key: 'problem', render: (_, i) => issueText(i, t) },
                ]}
              />
            ),
          },
          {
            key: 'customers',
            label: t('customerImport.customersTab', { count: preview.creates + preview.updates }),
            children: (
              <Table<ImportPreviewCustomer>
                aria-label={t('customerImport.customersTab', { count: preview.creates + preview.updates })}
                size="small"
                rowKey={(c) => c.rows.join(',')}
                dataSource={preview.customers}
                pagination={{ pageSize: 8, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
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
                      keys
                        .map((k) => serviceName(catalogue, k, language))
                        .join(language === 'en' ? ', ' : '、'),
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
            ),
          },
        ]}
      />
    </div>
  );
}
