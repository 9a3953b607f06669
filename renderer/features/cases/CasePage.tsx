import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useStore } from '../../store';
import { SeverityTag, StatusTag } from './labels';
import { NoteComposer } from './NoteComposer';
import { StatusControl } from './StatusControl';
import { Timeline } from './Timeline';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const openCase = useStore((s) => (s.openCase?.id === id ? s.openCase : null));
  const loadCase = useStore((s) => s.loadCase);
  const navigate = useStore((s) => s.navigate);

  useEffect(() => {
    loadCase(id).catch(() => message.error(t('errors.INTERNAL')));
  }, [id, loadCase, message, t]);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate({ name: 'cases' })}
      style={{ paddingInline: 0 }}
    >
      {t('cases.back')}
    </Button>
  );
  if (openCase?.missing) return <Result status="404" subTitle={t('cases.notFound')} extra={back} />;
  const detail = openCase?.detail;
  if (!detail) return <Skeleton active />;

  return (
    <div style={{ maxWidth: 1200 }}>
      {back}
      <Space align="center" style={{ width: '100%', justifyContent: 'space-between', margin: '4px 0 12px' }}>
        <Space align="center" wrap>
          <Typography.Text code>{detail.number}</Typography.Text>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {detail.title}
          </Typography.Title>
          <SeverityTag severity={detail.severity} />
          <StatusTag status={detail.status} />
        </Space>
        <StatusControl detail={detail} />
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('cases.details')} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'customer', label: t('fields.customer'), children: detail.customer.name },
                {
                  key: 'tenant',
                  label: t('fields.tenantDomain'),
                  children: detail.customer.tenantDomain ?? '—',
                },
                {
                  key: 'area',
                  label: t('fields.supportArea'),
                  children: t(`supportAreas.${detail.supportArea}`),
                },
                { key: 'service', label: t('fields.service'), children: t(`services.${detail.service}`) },
                { key: 'channel', label: t('fields.channel'), children: t(`channels.${detail.channel}`) },
                { key: 'created', label: t('fields.created'), children: formatDateTime(detail.createdAt) },
                { key: 'updated', label: t('fields.updated'), children: formatDateTime(detail.updatedAt) },
              ]}
            />
          </Card>
          <Card size="small" title={t('cases.description')}>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', margin: 0 }}
              type={detail.description ? undefined : 'secondary'}
            >
              {detail.description || t('cases.noDescription')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('cases.timeline')}>
            <Timeline events={detail.events} />
            <NoteComposer caseId={detail.id} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
