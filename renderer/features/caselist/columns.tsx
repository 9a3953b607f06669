import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { SortOrder } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import type { SortKey } from '../../../core/case-query';
import { formatDateTime } from '../../shared/format';
import { SeverityTag, StatusTag } from '../../shared/labels';
import { DueCell } from '../sla/DueCell';
import type { CaseQuery, ListRow } from './case-list-slice';
import { TitleCell } from './TitleCell';

/** The list's columns; each sortable one maps to a sort key the service pages by. */
export function caseColumns(t: TFunction, query: CaseQuery): ColumnsType<ListRow> {
  const searching = query.text.trim() !== '';
  const sorted = (key: SortKey) => ({
    key,
    sorter: !searching,
    sortOrder: (!searching && query.sort === key
      ? query.dir === 'asc'
        ? 'ascend'
        : 'descend'
      : null) as SortOrder,
  });
  return [
    {
      title: t('fields.number'),
      dataIndex: 'number',
      width: 140,
      ...sorted('number'),
      render: (n: string) => <Typography.Text code>{n}</Typography.Text>,
    },
    {
      title: t('fields.title'),
      dataIndex: 'title',
      ...sorted('title'),
      render: (title: string, row) => <TitleCell title={title} row={row} t={t} />,
    },
    {
      title: t('fields.customer'),
      dataIndex: 'customerName',
      width: 220,
      ellipsis: true,
      ...sorted('customer'),
    },
    {
      title: t('fields.severity'),
      dataIndex: 'severity',
      width: 116,
      ...sorted('severity'),
      render: (s: ListRow['severity']) => <SeverityTag severity={s} />,
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      width: 128,
      ...sorted('status'),
      render: (s: ListRow['status']) => <StatusTag status={s} />,
    },
    {
      title: t('sla.column'),
      dataIndex: 'nextDueAt',
      width: 130,
      ...sorted('due'),
      render: (dueAt: ListRow['nextDueAt'], row) => <DueCell dueAt={dueAt} state={row.slaState} />,
    },
    {
      title: t('caseList.owner'),
      dataIndex: 'ownerName',
      width: 110,
      ellipsis: true,
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('caseList.unassigned')}</Typography.Text>,
    },
    {
      title: t('fields.updated'),
      dataIndex: 'updatedAt',
      width: 140,
      ...sorted('updated'),
      render: formatDateTime,
    },
  ];
}
