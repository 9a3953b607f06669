import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportIssue } from '../../../core/customer-import';
import { issueColumn, issueText } from './issue-text';
import { usePager } from '../../shared/page-links';

/** The preview's problems, row by row: those rows are skipped. */
export function IssuesTable({ preview }: { preview: ImportPreview }) {
  const pager = usePager(8);
  const { t } = useTranslation();
  return (
    <Table<ImportIssue>
      aria-label={t('customerImport.issuesTab', { count: preview.issueCount })}
      size="small"
      rowKey={(issue) => `${issue.row}:${issue.field}:${issue.code}:${issue.params?.value ?? ''}`}
      dataSource={preview.issues}
      pagination={pager}
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
  );
}
