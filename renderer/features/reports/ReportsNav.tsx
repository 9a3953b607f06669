import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../lib/navigation';
import { useStore } from '../../store';
import { LEAD_REPORTS, leadReportTitleKeys, type LeadReportKind } from './lead-report-kinds';

type Current = 'escalations' | LeadReportKind;

const routeOf = (key: Current): Route =>
  key === 'escalations' ? { name: 'escalationReport' } : { name: 'leadReport', report: key };

/** The reports side by side: one tab each, each tab its own address. */
export function ReportsNav({ current }: { current: Current }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  return (
    <Tabs
      className="sd-no-print"
      size="small"
      activeKey={current}
      onChange={(key) => navigate(routeOf(key as Current))}
      items={[
        { key: 'escalations', label: t('leadReports.nav.escalations') },
        ...LEAD_REPORTS.map((k) => ({ key: k, label: t(leadReportTitleKeys(k)) })),
      ]}
    />
  );
}
