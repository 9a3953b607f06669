import type { TFunction } from 'i18next';
import type { HandoverItem } from '../../../core/handover';
import { AT_RISK_MS } from '../../../core/handover-compose';
import { formatDueTime, formatRemaining } from '../../shared/countdown';

export type Tone = 'danger' | 'warning' | 'secondary' | undefined;

/** A handover's status tag colour, in the history list as on the handover itself. */
export const STATUS_COLOR = { pending: 'gold', acknowledged: 'green', superseded: 'default' } as const;

/**
 * An item's time to breach as of `at` (now while composing; the submission time in a stored handover):
 * counting down for a running clock, "paused" with the time left for a paused one.
 */
export function timeToBreach(
  t: TFunction,
  item: Pick<HandoverItem, 'dueAt' | 'remainingMs' | 'breached'>,
  at: number,
): { text: string; tone: Tone } {
  if (item.dueAt !== null) {
    const ms = item.dueAt - at;
    return {
      text: formatRemaining(t, ms),
      tone: ms < 0 ? 'danger' : ms <= AT_RISK_MS ? 'warning' : undefined,
    };
  }
  if (item.remainingMs !== null) {
    return {
      text: t('handover.due.paused', { remaining: formatRemaining(t, item.remainingMs) }),
      tone: item.breached || item.remainingMs < 0 ? 'danger' : 'secondary',
    };
  }
  return { text: t('handover.due.none'), tone: 'secondary' };
}

/** "首次响应 16:45": which clock runs out, and when. */
export function dueLabel(
  t: TFunction,
  item: Pick<HandoverItem, 'dueAt' | 'dueWhich'>,
  at: number,
): string | null {
  if (item.dueAt === null || item.dueWhich === null) return null;
  return t('handover.due.at', {
    clock: t(`sla.clock.${item.dueWhich}`),
    time: formatDueTime(item.dueAt, at),
  });
}

/** "如果 …，则 …" / "If …, then …", or null without a fallback. */
export function contingencyText(t: TFunction, item: Pick<HandoverItem, 'contingencyIf' | 'contingencyThen'>) {
  // The form already says "if" and "then"; agents often type them too.
  const condition = item.contingencyIf.trim().replace(/^(如果|若|if)\s*/i, '');
  const action = item.contingencyThen.trim().replace(/^(则|就|那么|then)\s*/i, '');
  if (!condition && !action) return null;
  return t('handover.contingency.sentence', { if: condition, then: action });
}
