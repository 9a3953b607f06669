import { Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWaitingOn21v } from '../../../electron/contract/escalation-status';
import type { EscalationListItem } from '../../../electron/contract/escalations';
import { call } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useStore } from '../../store';
import { useServices } from '../customers/use-services';
import { formatDuration } from '../reports/duration';
import { HandoffStatusTag } from './labels';

/** Customer escalations, open ones by default: the case, the request, and how long 21Vianet has had it. */
export function EscalationsTable() {
  const { t } = useTranslation();
  const services = useServices();
  const navigate = useStore((s) => s.navigate);
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [rows, setRows] = useState<EscalationListItem[] | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    call('escalations.list', { filter })
      .then((items) => {
        if (!live) return;
        setRows(items);
        setNow(Date.now());
      })
      .catch(() => live && setRows([]));
    return () => {
      live = false;
    };
  }, [filter]);

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
    {
      title: t('escalationList.status'),
      key: 'status',
      width: 130,
      render: (_, r) => <HandoffStatusTag status={r.status} />,
    },
    {
      title: t('handoff.requestNumber'),
      dataIndex: 'requestNumber',
      width: 170,
      render: (v: string | null) => (v ? <Typography.Text code>{v}</Typography.Text> : '—'),
    },
    {
      title: t('escalationList.severity'),
      key: 'severity',
      width: 90,
      render: (_, r) => r.vianetSeverity ?? r.severity,
    },
    {
      title: t('escalationList.submitted'),
      key: 'submitted',
      width: 140,
      render: (_, r) => (r.submittedAt ? formatDateTime(r.submittedAt) : '—'),
    },
    {
      title: t('escalationList.waiting'),
      key: 'waiting',
      width: 110,
      render: (_, r) =>
        r.submittedAt && isWaitingOn21v(r.status) ? formatDuration(t, now - r.submittedAt) : '—',
    },
    { title: t('escalationList.agent'), dataIndex: 'agentName', width: 100, ellipsis: true },
  ];

  return (
    <>
      <Segmented<'open' | 'all'>
        size="small"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'open', label: t('escalationList.open') },
          { value: 'all', label: t('escalationList.all') },
        ]}
        style={{ marginBottom: 8 }}
      />
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
