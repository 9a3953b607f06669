// What the lists of customer escalations and of Partner Center requests have in common: open or all, the
// table, and the columns that follow a request once it is with 21Vianet.
import { Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../core/domain';
import type { HandoffTracking } from '../../../core/tracked-request';
import { isWaitingOn21v, type HandoffStatus } from '../../../core/escalation-status';
import { useNow } from '../../lib/clock';
import { formatDateTime } from '../../shared/format';
import { formatWait } from '../../../core/duration-text';
import { HandoffStatusTag } from './labels';
import { usePageLinks } from '../../shared/page-links';

export type ListFilter = 'open' | 'all';

type TrackedRow = HandoffTracking & { status: HandoffStatus; severity: Severity; agentName: string };

/** The rows for the chosen filter (open by default), loaded again when it changes or when unpaused. */
export function useHandoffList<T>(load: (filter: ListFilter) => Promise<T[]>, paused = false) {
  const [filter, setFilter] = useState<ListFilter>('open');
  const [rows, setRows] = useState<T[] | null>(null);
  useEffect(() => {
    if (paused) return;
    let live = true;
    load(filter)
      .then((items) => live && setRows(items))
      .catch(() => live && setRows([]));
    return () => {
      live = false;
    };
  }, [load, filter, paused]);
  return { filter, setFilter, rows };
}

export function OpenAllFilter(props: {
  value: ListFilter;
  onChange(value: ListFilter): void;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <Segmented<ListFilter>
      size="small"
      aria-label={t('escalationList.filterLabel')}
      value={props.value}
      onChange={props.onChange}
      options={[
        { value: 'open', label: t('escalationList.open') },
        { value: 'all', label: t('escalationList.all') },
      ]}
      style={props.style}
    />
  );
}

interface RequestTableProps<T> {
  rows: T[] | null;
  /** The kind's own columns; the tracking columns follow them. */
  columns: ColumnsType<T>;
  emptyText: string;
  label: string;
  onOpen(row: T): void;
}

/** A list of requests of one kind, 50 to a page; a click opens the request. */
export function RequestTable<T extends TrackedRow & { id: string }>(props: RequestTableProps<T>) {
  const pageLinks = usePageLinks();
  const tracking = useTrackingColumns<T>();
  return (
    <Table<T>
      size="small"
      rowKey="id"
      loading={props.rows === null}
      dataSource={props.rows ?? []}
      columns={[...props.columns, ...tracking]}
      pagination={{ itemRender: pageLinks, pageSize: 50, hideOnSinglePage: true, size: 'small' }}
      // Fixed columns, narrow enough that the title, which takes the rest, keeps room to be read at the
      // smallest window the desk uses (1360 px) and grows with a wider one; nothing runs past the edge.
      tableLayout="fixed"
      locale={{ emptyText: props.emptyText }}
      onRow={(r) => ({ onClick: () => props.onOpen(r), style: { cursor: 'pointer' } })}
      aria-label={props.label}
    />
  );
}

/** Status, 21Vianet's number and severity, when submitted, how long 21Vianet has had it, and who. */
function useTrackingColumns<T extends TrackedRow>(): ColumnsType<T> {
  const { t } = useTranslation();
  // Waits are shown to the minute, on the service's clock.
  const now = useNow(60_000);
  return [
    {
      title: t('escalationList.status'),
      key: 'status',
      width: 112,
      render: (_, r) => <HandoffStatusTag status={r.status} />,
    },
    {
      title: t('handoff.requestNumber'),
      dataIndex: 'requestNumber',
      width: 120,
      render: (v: string | null) =>
        v ? (
          <Typography.Text code className="sd-nowrap">
            {v}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('escalationList.severity'),
      key: 'severity',
      width: 84,
      render: (_, r) => r.vianetSeverity ?? r.severity,
    },
    {
      title: t('escalationList.submitted'),
      key: 'submitted',
      width: 104,
      render: (_, r) => (r.submittedAt ? formatDateTime(r.submittedAt) : '—'),
    },
    {
      title: t('escalationList.waiting'),
      key: 'waiting',
      width: 84,
      render: (_, r) =>
        r.submittedAt && isWaitingOn21v(r.status) ? formatWait(t, now - r.submittedAt) : '—',
    },
    { title: t('escalationList.agent'), dataIndex: 'agentName', width: 90, ellipsis: true },
  ];
}
