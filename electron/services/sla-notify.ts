// The text of desktop notifications, from the same resource files as the UI (core/i18n): the main process
// has no i18next, but the strings must not live in two places.
import { MESSAGES } from '../../core/i18n/resources';
import type { Language } from '../../core/domain';
import { alertMessage, type SlaAlert } from '../../core/sla-alerts';
import { readSetting } from '../../db/queries/settings';
import type { ServiceContext } from './context';

/** `key` looked up in the language's tree, with `{{name}}` placeholders filled in. */
export function translate(language: Language, key: string, values: Record<string, string | number> = {}) {
  let node: unknown = MESSAGES[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

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

/** One notification for the alerts a check raised (a summary when there are several). */
export function notifyAlerts(ctx: ServiceContext, alerts: readonly SlaAlert[]): void {
  if (!ctx.platform.notify || alerts.length === 0) return;
  const language = (readSetting(ctx.db, 'language') as Language | undefined) ?? 'zh-CN';
  const now = ctx.now();
  const { title, body } = alertMessage(
    alerts,
    now,
    (key, values) => translate(language, key, values),
    localTime(language, now),
  );
  ctx.platform.notify(title, body);
}
