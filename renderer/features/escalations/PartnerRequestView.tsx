import { Descriptions, Space, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PartnerRequestDetail, PartnerRequestEvent } from '../../../core/partner-requests';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { withNote } from './describe-escalation-event';
import { HandoffStatusTag } from './labels';
import { UpdateMenu } from './UpdateMenu';

/** A submitted Partner Center request: what was asked, what 21Vianet answered, and its history. */
export function PartnerRequestView({ detail: d }: { detail: PartnerRequestDetail }) {
  const { t } = useTranslation();
  const update = useStore((s) => s.updatePartnerRequest);
  return (
    <div data-testid="partner-request-view">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Space>
          <HandoffStatusTag status={d.status} />
          <Typography.Text code copyable>
            {d.requestNumber}
          </Typography.Text>
        </Space>
        <UpdateMenu status={d.status} onUpdate={(to, note) => update(d, to, note)} />
      </Space>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'category',
            label: t('partnerRequests.category'),
            children: t(`partnerRequests.categories.${d.category}`),
          },
          {
            key: 'severity',
            label: t('escalation.severity'),
            children: t('escalation.severityGiven', {
              asked: t(`severities.${d.severity}`),
              given: t(`severities.${d.vianetSeverity ?? d.severity}`),
            }),
          },
          { key: 'vianet', label: t('handoff.vianetContact'), children: d.vianetContact },
          { key: 'contact', label: t('escalation.contact'), children: d.contact },
          {
            key: 'description',
            label: t('partnerRequests.description'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{d.description}</span>,
          },
          { key: 'impact', label: t('escalation.businessImpact'), children: d.businessImpact },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('partnerRequests.history')}
      </Typography.Title>
      <Timeline
        items={d.events.map((e) => ({
          key: e.id,
          content: (
            <div data-testid="partner-event">
              <Typography.Text strong>{e.agentName}</Typography.Text> <span>{describe(t, e)}</span>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
            </div>
          ),
        }))}
      />
    </div>
  );
}

function describe(t: TFunction, e: PartnerRequestEvent): string {
  if (e.kind === 'submitted') {
    return t('partnerRequests.events.submitted', {
      number: e.payload.requestNumber,
      contact: e.payload.vianetContact,
    });
  }
  const line = t('partnerRequests.events.updated', { status: t(`handoff.statuses.${e.payload.to}`) });
  return withNote(t, line, e.payload.note);
}
