import { useTranslation } from 'react-i18next';
import type { EscalationReport } from '../../../core/escalation-report';
import { FigureCard } from './lead/Figures';

/** The report's four headline figures, as cards of one height. */
export function ReportFigures({ report }: { report: EscalationReport }) {
  const { t } = useTranslation();
  const { totals } = report;
  return (
    // A grid, so that the four figures stand as cards of one height.
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 12, marginBottom: 12 }}>
      <FigureCard title={t('escalationReport.escalations')} value={totals.escalations} />
      <FigureCard
        title={t('escalationReport.share')}
        value={(totals.share * 100).toFixed(1)}
        suffix="%"
        note={t('escalationReport.shareOf', {
          escalated: totals.casesEscalated,
          created: totals.casesCreated,
        })}
      />
      <FigureCard title={t('escalationReport.waiting')} value={report.waiting.length} />
      <FigureCard title={t('escalationReport.partnerRequests')} value={totals.partnerRequests} />
    </div>
  );
}
