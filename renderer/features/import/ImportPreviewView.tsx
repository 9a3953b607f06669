import { Alert, Col, Row, Select, Space, Statistic, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CSV_ENCODINGS, type CsvEncoding } from '../../../core/csv-encoding';
import type { ImportPreview } from '../../../core/customer-import';
import type { ImportFile } from './import-file';
import { IssuesTable } from './IssuesTable';
import { PreviewCustomersTable } from './PreviewCustomersTable';

interface Props {
  file: ImportFile;
  preview: ImportPreview;
  writing: boolean;
  onEncoding: (encoding: CsvEncoding) => void;
}

/** What the import will do, before anything is written. */
export function ImportPreviewView({ file, preview, writing, onEncoding }: Props) {
  const { t } = useTranslation();
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
            children: <IssuesTable preview={preview} />,
          },
          {
            key: 'customers',
            label: t('customerImport.customersTab', { count: preview.creates + preview.updates }),
            children: <PreviewCustomersTable preview={preview} />,
          },
        ]}
      />
    </div>
  );
}
