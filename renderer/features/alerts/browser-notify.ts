// Browser mode has no main process to show desktop notifications: the page does, with the browser's
// Notification API, once the agent has allowed it. (In the desktop app the main process notifies.)
import type { TFunction } from 'i18next';
import { alertMessage, type SlaAlert } from '../../../core/sla-alerts';
import { isBrowserMode } from '../../lib/api';
import { formatDueTime } from '../../shared/countdown';

const supported = () => isBrowserMode() && typeof Notification !== 'undefined';

/** Whether to offer the agent a button that asks for permission. */
export const canAskToNotify = () => supported() && Notification.permission === 'default';
export const notificationsBlocked = () => supported() && Notification.permission === 'denied';

export async function askToNotify(): Promise<void> {
  if (supported()) await Notification.requestPermission();
}

export function notifyInBrowser(alerts: readonly SlaAlert[], t: TFunction, now: number): void {
  if (!supported() || Notification.permission !== 'granted' || alerts.length === 0) return;
  const { title, body } = alertMessage(
    alerts,
    now,
    (key, values) => t(key, values),
    (ms) => formatDueTime(ms, now),
  );
  new Notification(title, { body, tag: alerts.length === 1 ? alerts[0]!.id : undefined });
}
