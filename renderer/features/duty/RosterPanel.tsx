import { Alert, App, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { ExceptionsCard } from './ExceptionsCard';
import { UtcOffsetSetting } from './UtcOffsetSetting';
import { useIsLead } from './use-agent-options';
import { WeeklyPatternCard } from './WeeklyPatternCard';

/** The roster editor: the weekly pattern and the dated exceptions to it (a lead edits; everyone reads). */
export function RosterPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loaded = useStore((s) => s.roster !== null);
  const loadRoster = useStore((s) => s.loadRoster);
  const loadTeam = useStore((s) => s.loadTeam);
  const lead = useIsLead();

  useEffect(() => {
    Promise.all([loadRoster(), loadTeam()]).catch(() => message.error(t('errors.INTERNAL')));
  }, [loadRoster, loadTeam, message, t]);

  if (!loaded) return <Spin />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type="secondary">{t('duty.roster.help')}</Typography.Text>
        <UtcOffsetSetting />
      </Space>
      {!lead && <Alert type="info" showIcon title={t('duty.roster.leadOnly')} />}
      <WeeklyPatternCard />
      <ExceptionsCard />
    </Space>
  );
}
