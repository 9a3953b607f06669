import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { EscalationListItem } from '../../../core/escalations';
import { call } from '../../lib/api';
import { useStore } from '../../store';
import { useServices } from '../../shared/use-services';
import { OpenAllFilter, useHandoffList, useTrackingColumns, type ListFilter } from './handoff-list';

const load = (filter: ListFilter) => call('escalations.list', { filter });

/** Customer escalations, open ones by default: the case, the request, and how long 21Vianet has had it. */
export function EscalationsTable() {
  const { t } = useTranslation();
  const services = useServices();
  const navigate = useStore((s) => s.navigate);
  const { filter, setFilter, rows } = useHandoffList(load);
  const tracking = useTrackingColumns<EscalationListItem>();

  const columns: ColumnsType<EscalationListItem> = [
    {
      title: t('escalationList.case'),
      key: 'case',
      width: 150,
      render: (_, r) => <Typography.Text code>{r.caseNumber}</Typography.Text>,
    },
    { title: t('escalationList.customer'), dataIndex: 'customerName', ellipsis: true, width: 180 },
    { title: t('escalation.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('escalation.service'),
      key: 'service',
      width: 110,
      render: (_, r) => services.name(r.service),
    },
    ...tracking,
  ];

  return (
    <>
      <OpenAllFilter value={filter} onChange={setFilter} style={{ marginBottom: 8 }} />
      <Table<EscalationListItem>
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={rows ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: t('escalationList.empty') }}
        onRow={(r) => ({
          onClick: () => navigate({ name: 'case', id: r.caseId }),
          style: { cursor: 'pointer' },
        })}
        aria-label={t('escalationList.customerTab')}
      />
    </>
  );
}
