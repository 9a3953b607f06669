import { useTranslation } from 'react-i18next';
import type { DutyTab } from './tabs';
import { AgentsPanel } from '../agents/AgentsPanel';
import { CoveragePanel } from './CoveragePanel';
import { RosterPanel } from './RosterPanel';
import { SessionsPanel } from './SessionsPanel';
import { PageTitle } from '../../shared/PageTitle';
import { PageTabs } from '../../shared/PageTabs';

/** 值班 / Duty: who covers the next 30 days, the roster behind it, the team, and who signed in when. */
export function DutyPage({ tab }: { tab: DutyTab }) {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle marginBottom={4}>{t('duty.title')}</PageTitle>
      <PageTabs
        page="duty"
        tab={tab}
        size="small"
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
