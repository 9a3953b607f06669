import {
  CheckCircleOutlined,
  CloudSyncOutlined,
  DisconnectOutlined,
  LoadingOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncPhase } from '../../../core/sync';
import { useStore } from '../../store';
import { syncPollMs } from './sync-slice';
import { phaseLabel, phaseSentence } from './sync-text';

const ICONS: Record<SyncPhase, typeof CloudSyncOutlined> = {
  off: CloudSyncOutlined,
  joining: LoadingOutlined,
  synced: CheckCircleOutlined,
  waiting: CloudSyncOutlined,
  offline: DisconnectOutlined,
  error: WarningOutlined,
};
const COLORS: Partial<Record<SyncPhase, string>> = {
  offline: '#d46b08',
  error: '#cf1322',
  synced: '#389e0d',
};

/**
 * The header's team-sync state, asked for every second while syncing: what the agent sees at a glance,
 * and the beat that tells open pages that changes from other workstations have arrived.
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const view = useStore((s) => s.sync);
  const loaded = useStore((s) => s.syncLoaded);
  const loadSync = useStore((s) => s.loadSync);
  const navigate = useStore((s) => s.navigate);
  const every = syncPollMs(view);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      loadSync()
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) timer = setTimeout(tick, every);
        });
    };
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [loadSync, every]);

  if (!loaded || view.phase === 'off') return null;
  const Icon = ICONS[view.phase];
  const sentence = phaseSentence(t, view);
  return (
    <Tooltip title={sentence}>
      <Button
        type="text"
        size="small"
        data-testid="sync-indicator"
        data-phase={view.phase}
        aria-label={sentence}
        icon={<Icon aria-hidden style={{ color: COLORS[view.phase] }} />}
        onClick={() => navigate({ name: 'teamSync' })}
      >
        {phaseLabel(t, view)}
      </Button>
    </Tooltip>
  );
}
