import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NowDashboard } from '../../../core/dashboard';
import { HOUR } from '../../../core/time';
import { rangeLabel } from '../../shared/duty-text';
import { DashboardListCard } from './DashboardListCard';

/** Hours in the next seven days with nobody rostered, merged into ranges, in the roster's time as on the duty pages. */
export function CoverageGapsCard({
  gaps,
  utcOffsetMinutes,
}: {
  gaps: NowDashboard['coverageGaps'] | undefined;
  utcOffsetMinutes: number;
}) {
  const { t } = useTranslation();
  return (
    <DashboardListCard
      title={t('dashboard.gaps.title')}
      testId="gaps-card"
      items={gaps}
      emptyText={t('dashboard.gaps.empty')}
      listStyle={{ maxHeight: 260, overflowY: 'auto' }}
      itemKey={(g) => g.start}
      renderItem={(g) => (
        <>
          <Typography.Text>{rangeLabel(t, g.start, g.end, utcOffsetMinutes)}</Typography.Text>
          <Typography.Text type="danger">
            {t('dashboard.gaps.hours', { count: Math.round((g.end - g.start) / HOUR) })}
          </Typography.Text>
        </>
      )}
    />
  );
}
