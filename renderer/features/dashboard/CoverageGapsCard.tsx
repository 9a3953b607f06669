import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NowDashboard } from '../../../core/dashboard';
import { HOUR } from '../../../core/time';
import { rangeLabel } from '../../shared/duty-text';

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
    <Card
      size="small"
      title={t('dashboard.gaps.title')}
      loading={!gaps}
      style={{ height: '100%' }}
      data-testid="gaps-card"
    >
      {gaps && gaps.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dashboard.gaps.empty')}
          style={{ margin: 0 }}
        />
      )}
      {gaps && gaps.length > 0 && (
        <List
          size="small"
          style={{ maxHeight: 260, overflowY: 'auto' }}
          dataSource={gaps}
          renderItem={(g) => (
            <List.Item key={g.start} style={{ paddingInline: 0 }}>
              <Typography.Text>{rangeLabel(t, g.start, g.end, utcOffsetMinutes)}</Typography.Text>
              <Typography.Text type="danger">
                {t('dashboard.gaps.hours', { count: Math.round((g.end - g.start) / HOUR) })}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
