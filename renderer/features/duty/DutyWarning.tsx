import { WarningFilled } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DutyStatus } from '../../../core/duty';
import { NEXT_SHIFT_HORIZON_DAYS } from '../../../core/roster';
import { useStore } from '../../store';
import { startLabel } from '../../shared/duty-text';

/**
 * Stays in the header for as long as nobody is signed in, or nobody is rostered right now: a 24x7 desk must
 * never be unattended, and nobody should find that out from a customer. Not dismissible.
 */
export function DutyWarning({ duty }: { duty: DutyStatus }) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  const setSwitcherOpen = useStore((s) => s.setSwitcherOpen);
  const unscheduled = duty.scheduled.length === 0;
  if (duty.signedIn && !unscheduled) return null;

  const next = duty.next;
  const nextText = next
    ? t('duty.warning.next', {
        name: next.agent.name,
        at: startLabel(t, next.startsAt, duty.now, duty.utcOffsetMinutes),
      })
    : t('duty.warning.noneAhead', { days: NEXT_SHIFT_HORIZON_DAYS });
  return (
    <Space size={6} role="alert">
      {!duty.signedIn && (
        <Button size="small" danger icon={<WarningFilled />} onClick={() => setSwitcherOpen(true)}>
          {t('duty.warning.nobodySignedIn')}
        </Button>
      )}
      {unscheduled && (
        <Button
          size="small"
          danger
          icon={<WarningFilled />}
          title={nextText}
          onClick={() => navigate({ name: 'duty', tab: 'roster' })}
        >
          {t('duty.warning.nobodyScheduled')} · {nextText}
        </Button>
      )}
    </Space>
  );
}
