import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { EscalationListItem } from '../../../core/escalations';
import { useStore } from '../../store';
import { useServices } from '../../shared/use-services';
import { OpenAllFilter, RequestTable, useHandoffList } from './handoff-list';

/** Customer escalations, open ones by default: the case, the request, and how long 21Vianet has had it. */
export function EscalationsTable() {
  const { t } = useTranslation();
  const services = useServices();
  const navigate = useStore((s) => s.navigate);
  const load = useStore((s) => s.listEscalations);
  const { filter, setFilter, rows } = useHandoffList(load);

  const columns: ColumnsType<EscalationListItem> = [
    {
      title: t('escalationList.case'),
      key: 'case',
      width: 150,
      render: (_, r) => (
        <Typography.Text code className="sd-nowrap">
          {r.caseNumber}
        </Typography.Text>
      ),
    },
    { title: t('escalationList.customer'), dataIndex: 'customerName', ellipsis: true, width: 130 },
    // The title takes what the other columns leave: the widest share, and more in a wider window.
    { title: t('escalation.title'), dataIndex: 'title', ellipsis: true, className: 'sd-title-column' },
    {
      title: t('escalation.service'),
      key: 'service',
      width: 100,
      render: (_, r) => services.name(r.service),
    },
  ];

  return (
    <>
      <OpenAllFilter value={filter} onChange={setFilter} style={{ marginBottom: 8 }} />
      <RequestTable<EscalationListItem>
        rows={rows}
        columns={columns}
        emptyText={t('escalationList.empty')}
        label={t('escalationList.customerTab')}
        onOpen={(r) => navigate({ name: 'case', id: r.caseId })}
      />
    </>
  );
}
