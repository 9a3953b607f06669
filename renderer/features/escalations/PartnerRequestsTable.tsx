import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PartnerRequest } from '../../../core/partner-requests';
import { useStore } from '../../store';
import { OpenAllFilter, RequestTable, useHandoffList } from './handoff-list';

/** Partner Center requests (the reseller's own, no customer): a list, and "new request". */
export function PartnerRequestsTable() {
  const { t } = useTranslation();
  const open = useStore((s) => s.openPartnerRequest);
  const load = useStore((s) => s.listPartnerRequests);
  // The drawer closing (after a save, a submission, an update) is when the list may have changed.
  const drawer = useStore((s) => s.partnerRequestOpen);
  const { filter, setFilter, rows } = useHandoffList(load, drawer !== null);

  const columns: ColumnsType<PartnerRequest> = [
    {
      title: t('partnerRequests.category'),
      key: 'category',
      width: 170,
      render: (_, r) => t(`partnerRequests.categories.${r.category}`),
    },
    // The title keeps room to be read; the table scrolls sideways before it squeezes it.
    { title: t('escalation.title'), dataIndex: 'title', ellipsis: true, className: 'sd-title-column' },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <OpenAllFilter value={filter} onChange={setFilter} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
          {t('partnerRequests.new')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('partnerRequests.intro')}
      </Typography.Paragraph>
      <RequestTable<PartnerRequest>
        rows={rows}
        columns={columns}
        emptyText={t('partnerRequests.empty')}
        label={t('escalationList.partnerTab')}
        onOpen={(r) => open(r.id)}
      />
    </>
  );
}
