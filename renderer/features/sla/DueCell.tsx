import { PauseCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaState } from '../../../core/sla';
import { formatDateTime } from '../../shared/format';
import { useNow } from '../../lib/clock';
import { formatCountdown } from '../../../core/duration-text';
import { remainingTone } from '../../shared/countdown';

/**
 * The list's "time to breach": a countdown to the case's next due time (cases.next_due_at), red once
 * overdue; paused and finished cases say so. Re-rendered by its own tick, not by the table.
 */
export function DueCell({ dueAt, state }: { dueAt: number | null | undefined; state: SlaState | undefined }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  if (dueAt == null) {
    if (state === 'paused' || state === 'breached') {
      return (
        <Typography.Text type={state === 'breached' ? 'danger' : 'secondary'}>
          <PauseCircleOutlined /> {t(state === 'breached' ? 'sla.list.pausedOverdue' : 'sla.list.paused')}
        </Typography.Text>
      );
    }
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  const left = dueAt - now;
  const text =
    left < 0 ? t('sla.list.overdue', { duration: formatCountdown(t, left) }) : formatCountdown(t, left);
  return (
    <Tooltip title={t('sla.list.dueAt', { time: formatDateTime(dueAt) })}>
      <Typography.Text data-testid="due-cell" type={remainingTone(left)} strong={left < 0}>
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
