import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EscalationReport } from '../../../core/escalation-report';

/** One headline figure of the report, as a card. */
function Figure({
  title,
  value,
  suffix,
  note,
}: {
  title: string;
  value: number | string;
  suffix?: string;
  note?: string;
}) {
  return (
    <Card size="small">
      <Statistic title={title} value={value} suffix={suffix} />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The report's four headline figures, as cards of one height. */
export function ReportFigures({ report }: { report: EscalationReport }) {
  const { t } = useTranslation();
  const { totals } = report;
  return (
    // A grid, so that the four figures stand as cards of one height.
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 12, marginBottom: 12 }}>
      <Figure title={t('escalationReport.escalations')} value={totals.escalations} />
      <Figure
        title={t('escalationReport.share')}
        value={(totals.share * 100).toFixed(1)}
        suffix="%"
        note={t('escalationReport.shareOf', {
          escalated: totals.casesEscalated,
          created: totals.casesCreated,
        })}
      />
      <Figure title={t('escalationReport.waiting')} value={report.waiting.length} />
      <Figure title={t('escalationReport.partnerRequests')} value={totals.partnerRequests} />
    </div>
  );
}
