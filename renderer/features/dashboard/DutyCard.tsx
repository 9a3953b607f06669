import { Typography } from 'antd';
import { InfoTable } from '../../shared/InfoTable';
import { useTranslation } from 'react-i18next';
import type { NowDashboard } from '../../../core/dashboard';
import { useNow } from '../../lib/clock';
import { startLabel } from '../../shared/duty-text';
import { DashboardCard } from './DashboardCard';

/** Who answers the desk now (signed in, rostered) and whose shift is next. */
export function DutyCard({ duty }: { duty: NowDashboard['duty'] | undefined }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const nobody = <Typography.Text type="secondary">{t('dashboard.duty.nobody')}</Typography.Text>;
  return (
    <DashboardCard title={t('dashboard.duty.title')} testId="duty-card" loaded={duty !== undefined}>
      {duty && (
        <InfoTable
          label={t('dashboard.duty.title')}
          size="small"
          column={1}
          items={[
            { key: 'in', label: t('dashboard.duty.signedIn'), children: duty.signedIn?.name ?? nobody },
            {
              key: 'rostered',
              label: t('dashboard.duty.scheduled'),
              children: duty.scheduled.length ? duty.scheduled.map((a) => a.name).join('、') : nobody,
            },
            {
              key: 'next',
              label: t('dashboard.duty.next'),
              children: duty.next ? (
                t('dashboard.duty.nextAt', {
                  name: duty.next.agent.name,
                  time: startLabel(t, duty.next.startsAt, now, duty.utcOffsetMinutes),
                })
              ) : (
                <Typography.Text type="secondary">{t('dashboard.duty.noNext')}</Typography.Text>
              ),
            },
          ]}
        />
      )}
    </DashboardCard>
  );
}
