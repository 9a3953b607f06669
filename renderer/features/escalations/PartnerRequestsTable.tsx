import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWaitingOn21v } from '../../../electron/contract/escalation-status';
import type { PartnerRequest } from '../../../electron/contract/partner-requests';
import { call } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useStore } from '../../store';
import { formatDuration } from '../reports/duration';
import { HandoffStatusTag } from './labels';

/** Partner Center requests (the reseller's own, no customer): a list, and "new request". */
export function PartnerRequestsTable() {
  const { t } = useTranslation();
  const open = useStore((s) => s.openPartnerRequest);
  // The drawer closing (after a save, a submission, an update) is when the list may have changed.
  const drawer = useStore((s) => s.partnerRequestOpen);
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [rows, setRows] = useState<PartnerRequest[] | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (drawer !== null) return;
    let live = true;
    call('partnerRequests.list', { filter })
      .then((items) => {
        if (!live) return;
        setRows(items);
        setNow(Date.now());
      })
      .catch(() => live && setRows([]));
    return () => {
      live = false;
    };
  }, [filter, drawer]);

  const columns: ColumnsType<PartnerRequest> = [
    {
      title: t('partnerRequests.category'),
      key: 'category',
      width: 170,
      render: (_, r) => t(`partnerRequests.categories.${r.category}`),
    },
    { title: t('escalation.title'), dataIndex: 'title', ellipsis: true },
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
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Segmented<'open' | 'all'>
          size="small"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'open', label: t('escalationList.open') },
            { value: 'all', label: t('escalationList.all') },
          ]}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
          {t('partnerRequests.new')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('partnerRequests.intro')}
      </Typography.Paragraph>
      <Table<PartnerRequest>
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={rows ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: t('partnerRequests.empty') }}
        onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
        aria-label={t('escalationList.partnerTab')}
      />
    </>
  );
}
