import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SLA_CLOCKS, type SlaClockName, type SlaClocks } from '../../../core/sla';
import { formatDateTime } from '../../shared/format';
import {
  formatRemaining,
  formatTarget,
  liveClock,
  remainingTone,
  type LiveClock,
} from '../../shared/countdown';

const STATE_COLOR = { running: 'processing', paused: 'default', met: 'success', breached: 'error' } as const;

interface Row {
  name: SlaClockName;
  targetMin: number | null;
  live: LiveClock | null;
}

/** The three clocks of a case as of `now`: target, due time (local), state and the live remainder. */
export function SlaClocksTable({ clocks, now }: { clocks: SlaClocks; now: number }) {
  const { t } = useTranslation();
  const rows: Row[] = SLA_CLOCKS.map((name) => {
    const c = clocks[name];
    return { name, targetMin: c?.targetMin ?? null, live: c ? liveClock(c, now) : null };
  });
  const idle = clocks.done ? t('sla.card.stopped') : t('sla.card.notStarted');
  return (
    <Table<Row>
      size="small"
      rowKey="name"
      pagination={false}
      aria-label={t('sla.card.title')}
      dataSource={rows}
      columns={[
        {
          title: t('sla.card.clock'),
          dataIndex: 'name',
          render: (name: SlaClockName) => t(`sla.clock.${name}`),
        },
        {
          title: t('sla.card.target'),
          dataIndex: 'targetMin',
          render: (min: number | null) => (min === null ? '—' : formatTarget(t, min)),
        },
        {
          title: t('sla.card.due'),
          key: 'due',
          render: (_v, { live }) =>
            live?.dueAt != null
              ? formatDateTime(live.dueAt)
              : live?.metAt != null
                ? t('sla.card.metAt', { time: formatDateTime(live.metAt) })
                : '—',
        },
        {
          title: t('sla.card.state'),
          key: 'state',
          render: (_v, { live }) =>
            live ? <LiveState live={live} /> : <Typography.Text type="secondary">{idle}</Typography.Text>,
        },
      ]}
    />
  );
}

function LiveState({ live }: { live: LiveClock }) {
  const { t } = useTranslation();
  const state = live.late ? 'breached' : live.state;
  const remaining = live.remainingMs;
  const tone = remaining === null ? undefined : remainingTone(remaining);
  return (
    <span data-testid="sla-clock-state" data-state={state}>
      <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 6 }}>
        {live.late ? t('sla.state.metLate') : t(`sla.state.${live.state}`)}
      </Tag>
      {remaining !== null && (
        <Typography.Text type={tone} strong={tone === 'danger'}>
          {formatRemaining(t, remaining)}
        </Typography.Text>
      )}
    </span>
  );
}
