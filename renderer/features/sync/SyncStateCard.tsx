import { SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SyncView } from '../../../core/sync';
import { formatDateTime } from '../../shared/format';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { phaseLabel, problemText } from './sync-text';

const PHASE_COLORS = {
  synced: 'success',
  waiting: 'processing',
  offline: 'warning',
  error: 'error',
} as const;

/** This workstation's side: where it syncs, how it is going, and "Sync now". */
export function SyncStateCard({ view, onChange }: { view: SyncView; onChange(): void }) {
  const { t } = useTranslation();
  const syncNow = useStore((s) => s.syncNow);
  const showError = useShowError();
  const server = view.server!;
  const color = PHASE_COLORS[view.phase as keyof typeof PHASE_COLORS] ?? 'default';
  return (
    <Card
      size="small"
      title={t('sync.status.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <Button onClick={onChange}>{t('sync.form.change')}</Button>
          <Button
            type="primary"
            icon={<SyncOutlined aria-hidden />}
            disabled={view.phase === 'joining'}
            onClick={() => void syncNow().catch(showError)}
          >
            {t('sync.status.syncNow')}
          </Button>
        </Space>
      }
    >
      {view.problem && (
        <Alert
          type={view.phase === 'offline' ? 'warning' : 'error'}
          showIcon
          role="alert"
          title={problemText(t, view)}
          {...(view.problem.reason ? { description: view.problem.reason } : {})}
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        aria-label={t('sync.status.title')}
        items={[
          {
            key: 'phase',
            label: t('sync.status.phase'),
            children: (
              <Tag color={color} data-testid="sync-phase" data-phase={view.phase}>
                {phaseLabel(t, view)}
              </Tag>
            ),
          },
          ...(view.since === null
            ? []
            : [
                {
                  key: 'since',
                  label: t(view.phase === 'synced' ? 'sync.status.lastSynced' : 'sync.status.troubleSince'),
                  children: formatDateTime(view.since),
                },
              ]),
          { key: 'waiting', label: t('sync.status.waiting'), children: view.waiting },
          {
            key: 'conflicts',
            label: t('sync.status.conflicts'),
            children: `${view.conflicts} · ${t('sync.status.conflictsHelp')}`,
          },
          {
            key: 'code',
            label: t('sync.status.code'),
            children: view.workstationCode
              ? `${view.workstationCode} · ${t('sync.status.codeHelp', { code: view.workstationCode })}`
              : t('sync.status.noCode'),
          },
          {
            key: 'server',
            label: t('sync.status.server'),
            children: `${server.user}@${server.host}:${server.port}/${server.database} · ${server.deskName} · ${t(`sync.form.tlsModes.${server.tls}`)}`,
          },
          {
            key: 'password',
            label: t('sync.status.password'),
            children: t(`sync.password.${view.password}`),
          },
        ]}
      />
    </Card>
  );
}
