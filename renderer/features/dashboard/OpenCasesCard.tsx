import { Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../../../core/case-query';
import type { NowDashboard } from '../../../core/dashboard';
import { CASE_STATUSES, isOpenStatus, SEVERITIES } from '../../../core/domain';
import { useStore } from '../../store';
import { SeverityTag } from '../../shared/labels';
import { DashboardCard } from './DashboardCard';

const OPEN_STATUSES = CASE_STATUSES.filter(isOpenStatus);

/** Open cases by severity, and how many have a clock past its target; each figure opens the list. */
export function OpenCasesCard({ open }: { open: NowDashboard['open'] | undefined }) {
  const { t } = useTranslation();
  return (
    <DashboardCard title={t('dashboard.open.title')} testId="open-card" loaded={open !== undefined}>
      {open && (
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          <Figure
            title={t('dashboard.open.total')}
            value={open.total}
            filters={{ statuses: [...OPEN_STATUSES] }}
          />
          {SEVERITIES.map((s) => (
            <Figure
              key={s}
              title={<SeverityTag severity={s} />}
              label={t(`severities.${s}`)}
              value={open.bySeverity[s]}
              filters={{ severities: [s], statuses: [...OPEN_STATUSES] }}
            />
          ))}
          <Figure
            title={t('dashboard.open.breached')}
            value={open.breached}
            danger={open.breached > 0}
            filters={{ breached: true }}
          />
        </div>
      )}
    </DashboardCard>
  );
}

/** One count that opens the case list filtered to it, most urgent first. */
function Figure(props: {
  title: ReactNode;
  label?: string;
  value: number;
  filters: CaseFilters;
  danger?: boolean;
}) {
  const navigate = useStore((s) => s.navigate);
  const setCaseQuery = useStore((s) => s.setCaseQuery);
  const show = () => {
    setCaseQuery({ filters: props.filters, sort: 'due', dir: 'asc', text: '' });
    navigate({ name: 'cases' });
  };
  return (
    <div
      role="link"
      tabIndex={0}
      aria-label={`${props.label ?? String(props.title)} ${props.value}`}
      style={{ cursor: 'pointer' }}
      onClick={show}
      onKeyDown={(e) => e.key === 'Enter' && show()}
    >
      <Statistic
        title={props.title}
        value={props.value}
        styles={{ content: { fontSize: 24, ...(props.danger ? { color: '#cf1322' } : {}) } }}
      />
    </div>
  );
}
