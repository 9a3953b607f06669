// Browser mode has no main process to show desktop notifications: the page does, with the browser's
// Notification API, once the agent has allowed it. (In the desktop app the main process notifies.)
import type { TFunction } from 'i18next';
import { alertNotifications } from '../../../core/alert-notifications';
import { alertMessage } from '../../../core/alert-notifications';
import type { SlaAlert } from '../../../core/sla-alerts';
import { isBrowserMode } from '../../lib/api';
import { formatDueTime } from '../../shared/countdown';
import { runShellCommand } from '../../shared/shell-command';

const supported = () => isBrowserMode() && typeof Notification !== 'undefined';

/** Whether to offer the agent a button that asks for permission. */
export const canAskToNotify = () => supported() && Notification.permission === 'default';
export const notificationsBlocked = () => supported() && Notification.permission === 'denied';

export async function askToNotify(): Promise<void> {
  if (supported()) await Notification.requestPermission();
}

/** The same notifications as the desktop app's (core/alert-notifications.ts); a click opens the case here. */
export function notifyInBrowser(alerts: readonly SlaAlert[], t: TFunction, now: number): void {
  if (!supported() || Notification.permission !== 'granted' || alerts.length === 0) return;
  for (const group of alertNotifications(alerts)) {
    const { title, body } = alertMessage(
      group.alerts,
      now,
      (key, values) => t(key, values),
      (ms) => formatDueTime(ms, now),
    );
    const notification = new Notification(title, { body, tag: group.tag });
    notification.onclick = () => {
      window.focus();
      notification.close();
      void runShellCommand(group.open);
    };
  }
}
