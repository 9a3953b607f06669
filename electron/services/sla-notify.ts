// The text of desktop notifications, from the same resource files as the UI (core/i18n): the main process
// has no i18next, but the strings must not live in two places.
import { translate } from '../../core/i18n/translate';
import type { Language } from '../../core/domain';
import { alertNotifications } from '../../core/alert-notifications';
import { alertMessage } from '../../core/alert-notifications';
import type { SlaAlert } from '../../core/sla-alerts';
import { readSetting } from '../../db/queries/settings';
import type { ServiceContext } from './context';

/** Local wall-clock time, as the agent reads due times ("14:05"; with the date when not today). */
function localTime(language: Language, now: number) {
  const day = (ms: number) => new Date(ms).toDateString();
  return (ms: number) =>
    new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      ...(day(ms) === day(now) ? {} : { month: '2-digit', day: '2-digit' }),
    }).format(ms);
}

/** The notifications for the alerts a check raised (core/alert-notifications.ts groups them). */
export function notifyAlerts(ctx: ServiceContext, alerts: readonly SlaAlert[]): void {
  const notify = ctx.platform.notify;
  if (!notify || alerts.length === 0) return;
  const language = (readSetting(ctx.db, 'language') as Language | undefined) ?? 'zh-CN';
  const now = ctx.now();
  for (const group of alertNotifications(alerts)) {
    const { title, body } = alertMessage(
      group.alerts,
      now,
      (key, values) => translate(language, key, values),
      localTime(language, now),
    );
    notify({ title, body, open: group.open, tag: group.tag });
  }
}
