import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoverSummary } from '../../../core/handover';

/** The desk at a glance: open cases by severity, breaches, clocks at risk, requests waiting on 21Vianet. */
export function SummaryBar({ summary, carried }: { summary: HandoverSummary; carried: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={[6, 6]} wrap aria-label={t('handover.summaryLabel')}>
      <Typography.Text strong>{t('handover.counts.total', { count: summary.total })}</Typography.Text>
      <Tag color="red">{t('handover.counts.severity', { severity: 'A', count: summary.bySeverity.A })}</Tag>
      <Tag color="orange">
        {t('handover.counts.severity', { severity: 'B', count: summary.bySeverity.B })}
      </Tag>
      <Tag color="blue">{t('handover.counts.severity', { severity: 'C', count: summary.bySeverity.C })}</Tag>
      <Tag color={summary.breached ? 'error' : 'default'}>
        {t('handover.counts.breached', { count: summary.breached })}
      </Tag>
      <Tag color={summary.atRisk ? 'warning' : 'default'}>
        {t('handover.counts.atRisk', { count: summary.atRisk })}
      </Tag>
      <Tag color={summary.waitingOn21v ? 'purple' : 'default'}>
        {t('handover.counts.waiting21v', { count: summary.waitingOn21v })}
      </Tag>
      {carried && <Typography.Text type="secondary">{t('handover.compose.carriedNote')}</Typography.Text>}
    </Space>
  );
}
