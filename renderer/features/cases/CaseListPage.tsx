import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../electron/contract/cases';
import { formatDateTime } from '../../lib/format';
import { useStore } from '../../store';
import { SeverityTag, StatusTag } from './labels';

export function CaseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { items, next, loading, loaded } = useStore((s) => s.caseList);
  const loadCases = useStore((s) => s.loadCases);
  const loadMore = useStore((s) => s.loadMoreCases);
  const navigate = useStore((s) => s.navigate);
  const setNewCaseOpen = useStore((s) => s.setNewCaseOpen);

  useEffect(() => {
    loadCases().catch(() => message.error(t('errors.INTERNAL')));
  }, [loadCases, message, t]);

  const columns: ColumnsType<CaseListItem> = [
    {
      title: t('fields.number'),
      dataIndex: 'number',
      width: 150,
      render: (n: string) => <Typography.Text code>{n}</Typography.Text>,
    },
    { title: t('fields.title'), dataIndex: 'title', ellipsis: true },
    { title: t('fields.customer'), dataIndex: 'customerName', width: 240, ellipsis: true },
    {
      title: t('fields.severity'),
      dataIndex: 'severity',
      width: 120,
      render: (s: CaseListItem['severity']) => <SeverityTag severity={s} />,
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      width: 130,
      render: (s: CaseListItem['status']) => <StatusTag status={s} />,
    },
    {
      title: t('fields.updated'),
      dataIndex: 'updatedAt',
      width: 150,
      render: (ms: number) => formatDateTime(ms),
    },
  ];

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Space align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('cases.title')}
          </Typography.Title>
          {loaded && (
            <Typography.Text type="secondary">{t('cases.count', { count: items.length })}</Typography.Text>
          )}
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewCaseOpen(true)}>
          {t('cases.newShortcut')}
        </Button>
      </Space>
      <Table<CaseListItem>
        aria-label={t('cases.list')}
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={loading && !loaded}
        pagination={false}
        onRow={(record) => ({
          onClick: () => navigate({ name: 'case', id: record.id }),
          style: { cursor: 'pointer' },
        })}
        locale={{
          emptyText: (
            <Empty description={t('cases.empty')}>
              <Button type="primary" onClick={() => setNewCaseOpen(true)}>
                {t('cases.new')}
              </Button>
            </Empty>
          ),
        }}
      />
      {next && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button loading={loading} onClick={() => void loadMore()}>
            {t('cases.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
