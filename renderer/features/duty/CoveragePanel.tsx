import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Alert, Card, Empty, List, Space, Spin, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateOf, localTimeOf } from '../../../core/local-time';
import { HOUR } from '../../../core/time';
import { useStore } from '../../store';
import { CoverageGrid } from './CoverageGrid';
import { dayLabel, rangeLabel } from '../../shared/duty-text';
import { useLoad } from '../../shared/use-load';

/** How many gaps the list beside the grid names; the grid shows them all. */
const LISTED_GAPS = 12;

/** The next 30 days hour by hour: who covers each hour, and every hour nobody does. */
export function CoveragePanel() {
  const { t } = useTranslation();
  const view = useStore((s) => s.coverage);
  const load = useStore((s) => s.loadCoverage);
  const [hovered, setHovered] = useState<number | null>(null);

  useLoad(load);

  const names = useMemo(() => new Map(view?.agents.map((a) => [a.id, a.name])), [view]);
  const describe = useCallback(
    (index: number) => {
      const cell = view?.hours[index];
      if (!view || !cell) return '';
      const when = `${dayLabel(t, localDateOf(cell.start, view.utcOffsetMinutes))} ${localTimeOf(cell.start, view.utcOffsetMinutes)}–${localTimeOf(cell.start + HOUR, view.utcOffsetMinutes)}`;
      const who = cell.agentIds.map((id) => names.get(id) ?? '').join(t('duty.listSeparator'));
      if (cell.covered === 'none') return t('duty.coverage.cellNobody', { when });
      return t(cell.covered === 'partial' ? 'duty.coverage.cellPartly' : 'duty.coverage.cell', { when, who });
    },
    [view, names, t],
  );

  if (!view) return <Spin />;
  const gapHours = view.gaps.reduce((sum, g) => sum + (g.end - g.start) / HOUR, 0);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {view.gaps.length === 0 ? (
        <Alert type="success" showIcon icon={<CheckCircleFilled />} title={t('duty.coverage.noGaps')} />
      ) : (
        <Alert
          type="error"
          showIcon
          icon={<WarningFilled />}
          title={t('duty.coverage.gapSummary', { hours: gapHours, count: view.gaps.length })}
          description={t('duty.coverage.gapHelp')}
        />
      )}
      <div className="sd-coverage-layout">
        <Card size="small" title={t('duty.coverage.title')} extra={<Legend />}>
          <Typography.Text type="secondary" className="sd-coverage-detail" aria-live="polite">
            {hovered === null ? t('duty.coverage.hoverHint') : describe(hovered)}
          </Typography.Text>
          <CoverageGrid view={view} describe={describe} onHover={setHovered} />
        </Card>
        <Card size="small" title={t('duty.coverage.gaps')} className="sd-coverage-gaps">
          {view.gaps.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.coverage.noGapsShort')} />
          ) : (
            <List
              size="small"
              dataSource={view.gaps.slice(0, LISTED_GAPS)}
              footer={
                view.gaps.length > LISTED_GAPS
                  ? t('duty.coverage.moreGaps', { count: view.gaps.length - LISTED_GAPS })
                  : undefined
              }
              renderItem={(gap) => (
                <List.Item>
                  <Typography.Text type="danger">
                    {rangeLabel(t, gap.start, gap.end, view.utcOffsetMinutes)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('duty.coverage.hours', { count: (gap.end - gap.start) / HOUR })}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>
      </div>
    </Space>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Space size={10} className="sd-coverage-legend">
      {(['full', 'partial', 'none'] as const).map((k) => (
        <span key={k}>
          <span className={`sd-cell is-${k}`} /> {t(`duty.coverage.legend.${k}`)}
        </span>
      ))}
    </Space>
  );
}
