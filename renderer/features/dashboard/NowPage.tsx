import { Alert, Col, Row, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { AtRiskCard } from './AtRiskCard';
import { CoverageGapsCard } from './CoverageGapsCard';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../../core/local-time';
import { DutyCard } from './DutyCard';
import { HandoversCard } from './HandoversCard';
import { OpenCasesCard } from './OpenCasesCard';
import { WaitingCard } from './WaitingCard';
import { PageTitle } from '../../shared/PageTitle';
import { useRereadEvery } from '../../shared/use-reread-every';

const REFRESH_MS = 30_000;

/** 当前 / Now: the desk at a glance — who is on duty, what is open, what runs out soon, what waits. */
export function NowPage() {
  const { t } = useTranslation();
  const dashboard = useStore((s) => s.dashboard);
  const error = useStore((s) => s.dashboardError);
  const load = useStore((s) => s.loadDashboard);

  const read = useCallback(() => void load(), [load]);
  useRereadEvery(read, REFRESH_MS);

  return (
    <div style={{ maxWidth: 1400 }} data-testid="now-page">
      <Space align="baseline" size="middle" style={{ marginBottom: 12 }}>
        <PageTitle marginBottom={0}>{t('dashboard.title')}</PageTitle>
        {dashboard && (
          <Typography.Text type="secondary">
            {t('dashboard.updated', { time: formatDateTime(dashboard.at) })}
          </Typography.Text>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={t(`errors.${error}`)} style={{ marginBottom: 12 }} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={8}>
          <DutyCard duty={dashboard?.duty} />
        </Col>
        <Col xs={24} lg={8}>
          <OpenCasesCard open={dashboard?.open} />
        </Col>
        <Col xs={24} lg={8}>
          <HandoversCard handovers={dashboard?.handovers} />
        </Col>
        <Col span={24}>
          <AtRiskCard atRisk={dashboard?.atRisk} />
        </Col>
        <Col xs={24} xl={15}>
          <WaitingCard waiting={dashboard?.waitingOn21v} />
        </Col>
        <Col xs={24} xl={9}>
          <CoverageGapsCard
            gaps={dashboard?.coverageGaps}
            utcOffsetMinutes={dashboard?.duty.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES}
          />
        </Col>
      </Row>
    </div>
  );
}
