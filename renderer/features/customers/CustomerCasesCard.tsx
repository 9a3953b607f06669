import { App, Card, Tabs, Typography } from 'antd';
import { ListTable } from '../../shared/ListTable';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../core/cases';
import { CASE_STATUSES, isOpenStatus, OPEN_CASE_STATUSES } from '../../../core/domain';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { SeverityTag, StatusTag } from '../../shared/labels';
import { keyboardRow } from './keyboard-rows';

const OPEN = [...OPEN_CASE_STATUSES];
const PAST = CASE_STATUSES.filter((s) => !isOpenStatus(s));
const SHOWN = 50;

interface Listed {
  items: CaseListItem[];
  total: number;
}

/** The customer's open and past cases, newest activity first, through the case list operation. */
export function CustomerCasesCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useStore((s) => s.navigate);
  const customerCases = useStore((s) => s.customerCases);
  const [pages, setPages] = useState<{ id: string; open: Listed; past: Listed } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([customerCases(customerId, OPEN, SHOWN), customerCases(customerId, PAST, SHOWN)])
      .then(([open, past]) => current && setPages({ id: customerId, open, past }))
      .catch(() => message.error(t('errors.INTERNAL')));
    return () => {
      current = false;
    };
  }, [customerId, customerCases, message, t]);

  const columns: ColumnsType<CaseListItem> = [
    {
      title: t('customerCases.number'),
      dataIndex: 'number',
      width: 150,
      render: (n: string) => <Typography.Text code>{n}</Typography.Text>,
    },
    { title: t('customerCases.caseTitle'), dataIndex: 'title', ellipsis: true },
    {
      title: t('customerCases.severity'),
      dataIndex: 'severity',
      width: 110,
      render: (s: CaseListItem['severity']) => <SeverityTag severity={s} />,
    },
    {
      title: t('customerCases.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: CaseListItem['status']) => <StatusTag status={s} />,
    },
    {
      title: t('customerCases.updated'),
      dataIndex: 'updatedAt',
      width: 140,
      render: (ms: number) => formatDateTime(ms),
    },
  ];

  const loaded = pages?.id === customerId ? pages : null;
  const table = (page: Listed | undefined, empty: string) => (
    <>
      <ListTable<CaseListItem>
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={!page}
        onRow={(record) => keyboardRow(() => navigate({ name: 'case', id: record.id }))}
        empty={t(empty)}
      />
      {page && page.total > page.items.length && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('customerCases.more', { shown: page.items.length, total: page.total })}
        </Typography.Text>
      )}
    </>
  );

  return (
    <Card size="small" title={t('customerCases.heading')} styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        size="small"
        items={[
          {
            key: 'open',
            label: t('customerCases.open', { count: loaded?.open.total ?? 0 }),
            children: table(loaded?.open, 'customerCases.noOpen'),
          },
          {
            key: 'past',
            label: t('customerCases.past', { count: loaded?.past.total ?? 0 }),
            children: table(loaded?.past, 'customerCases.noPast'),
          },
        ]}
      />
    </Card>
  );
}
