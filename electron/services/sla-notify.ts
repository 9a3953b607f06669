// The text of desktop notifications, from the same resource files as the UI (renderer/i18n/<lang>/sla.json):
// the main process has no i18next, but the strings must not live in two places.
import zhCN from '../../renderer/i18n/zh-CN/sla.json';
import en from '../../renderer/i18n/en/sla.json';
import type { Language } from '../contract/domain';
import { alertMessage, type SlaAlert } from '../contract/sla-alerts';
import { readSetting } from '../../db/queries/settings';
import type { ServiceContext } from './context';

const RESOURCES: Record<Language, unknown> = { 'zh-CN': zhCN, en };

/** `key` looked up in the language's tree, with `{{name}}` placeholders filled in. */
export function translate(language: Language, key: string, values: Record<string, string | number> = {}) {
  let node: unknown = RESOURCES[language];
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
  if (!ctx.notify || alerts.length === 0) return;
  const language = (readSetting(ctx.db, 'language') as Language | undefined) ?? 'zh-CN';
  const now = ctx.now();
  const { title, body } = alertMessage(
    alerts,
    now,
    (key, values) => translate(language, key, values),
    localTime(language, now),
  );
  ctx.notify(title, body);
}
