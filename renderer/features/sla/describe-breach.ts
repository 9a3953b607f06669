import type { TFunction } from 'i18next';
import type { SlaClockName } from '../../../core/sla';
import { formatDateTime } from '../../shared/format';

/** The timeline's line for a recorded breach: which clock, and when it was due. */
export function describeBreach(t: TFunction, payload: { clock: SlaClockName; dueAt: number }): string {
  return t('sla.event.breached', {
    clock: t(`sla.clock.${payload.clock}`),
    time: formatDateTime(payload.dueAt),
  });
}
