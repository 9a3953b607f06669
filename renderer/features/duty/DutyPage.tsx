import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DutyTab } from './tabs';
import { useStore } from '../../store';
import { AgentsPanel } from '../agents/AgentsPanel';
import { CoveragePanel } from './CoveragePanel';
import { RosterPanel } from './RosterPanel';
import { SessionsPanel } from './SessionsPanel';

/** 值班 / Duty: who covers the next 30 days, the roster behind it, the team, and who signed in when. */
export function DutyPage({ tab }: { tab: DutyTab }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('duty.title')}
      </Typography.Title>
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(key) => navigate({ name: 'duty', tab: key as DutyTab })}
        destroyOnHidden
        items={[
          { key: 'coverage', label: t('duty.tabs.coverage'), children: <CoveragePanel /> },
          { key: 'roster', label: t('duty.tabs.roster'), children: <RosterPanel /> },
          { key: 'agents', label: t('duty.tabs.agents'), children: <AgentsPanel /> },
          { key: 'sessions', label: t('duty.tabs.sessions'), children: <SessionsPanel /> },
        ]}
      />
    </div>
  );
}
