import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Col, Result, Row, Skeleton, Space, Tag } from 'antd';
import { BackLink } from '../../shared/BackLink';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHotkey } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { ContactsCard } from './ContactsCard';
import { CustomerCasesCard } from './CustomerCasesCard';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomerInfoCard } from './CustomerInfoCard';
import { ServicesCard } from './ServicesCard';
import { PageTitle } from '../../shared/PageTitle';
import { CustomerSheetStatus } from '../sheets/CustomerSheetStatus';

export function CustomerPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const open = useStore((s) => (s.openCustomer?.id === id ? s.openCustomer : null));
  const loadCustomer = useStore((s) => s.loadCustomer);
  const loadCatalogue = useStore((s) => s.loadServiceCatalogue);
  const navigate = useStore((s) => s.navigate);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    loadCustomer(id).catch(() => message.error(t('errors.INTERNAL')));
    loadCatalogue().catch(() => message.error(t('errors.INTERNAL')));
  }, [id, loadCustomer, loadCatalogue, message, t]);
  useHotkey('editCase', () => setEditing(true), Boolean(open?.detail));

  const back = <BackLink to={{ name: 'customers' }} label={t('customers.back')} />;
  if (open?.missing) return <Result status="404" subTitle={t('customers.notFound')} extra={back} />;
  const detail = open?.detail;
  if (!detail) return <Skeleton active />;

  return (
    <div style={{ maxWidth: 1280 }}>
      {back}
      <Space align="center" style={{ width: '100%', justifyContent: 'space-between', margin: '4px 0 12px' }}>
        <Space align="center" wrap>
          <PageTitle marginBottom={0}>{detail.name}</PageTitle>
          {detail.tenantDomain && <Tag>{detail.tenantDomain}</Tag>}
          {detail.adminRole && <Tag color="blue">{t('customers.adminTag')}</Tag>}
        </Space>
        <Space>
          <Button
            icon={<FileTextOutlined />}
            onClick={() => navigate({ name: 'supportSheet', id: detail.id })}
          >
            {t('supportSheet.open')}
          </Button>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('customers.editShortcut')}
          </Button>
        </Space>
      </Space>
      <CustomerSheetStatus customerId={detail.id} />
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <CustomerInfoCard detail={detail} />
          <ServicesCard detail={detail} />
        </Col>
        <Col xs={24} lg={15}>
          <ContactsCard detail={detail} />
          <CustomerCasesCard customerId={detail.id} />
        </Col>
      </Row>
      <CustomerFormModal open={editing} customer={detail} onClose={() => setEditing(false)} />
    </div>
  );
}
