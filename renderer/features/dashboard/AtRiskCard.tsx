import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AtRiskClock, NowDashboard } from '../../../core/dashboard';
import { useNow } from '../../lib/clock';
import { severityColumn, statusColumn } from '../../shared/case-tag-columns';
import { DueCell } from '../sla/DueCell';
import { formatDueTime } from '../../shared/countdown';
import { CaseTableCard } from './CaseTableCard';

/** Every running clock that runs out within the hour, overdue ones first, each opening its case. */
export function AtRiskCard({ atRisk }: { atRisk: NowDashboard['atRisk'] | undefined }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  return (
    <CaseTableCard<AtRiskClock>
      title={t('dashboard.atRisk.title')}
      section={atRisk}
      rowKey={(r) => `${r.caseId}:${r.clock}`}
      emptyText={t('dashboard.atRisk.empty')}
      testId="at-risk-card"
      columns={[
        { title: t('fields.customer'), dataIndex: 'customerName', width: 170, ellipsis: true },
        severityColumn(t, 100),
        statusColumn(t, 120),
        {
          title: t('dashboard.atRisk.clock'),
          dataIndex: 'clock',
          width: 110,
          render: (c: AtRiskClock['clock']) => t(`sla.clock.${c}`),
        },
        {
          title: t('dashboard.atRisk.due'),
          dataIndex: 'dueAt',
          width: 110,
          render: (ms: number) => formatDueTime(ms, now),
        },
        {
          title: t('sla.column'),
          key: 'left',
          width: 130,
          render: (_v, r) => <DueCell dueAt={r.dueAt} state="running" />,
        },
        {
          title: t('fields.owner'),
          key: 'owner',
          width: 110,
          render: (_v, r) =>
            r.owner?.name ?? <Typography.Text type="secondary">{t('caseList.unassigned')}</Typography.Text>,
        },
      ]}
    />
  );
}
