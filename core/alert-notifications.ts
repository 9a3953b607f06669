// Which desktop notifications a batch of SLA alerts becomes, and where clicking each leads. One rule for the
// desktop app (main process) and browser mode (the page): alerts of one case are one notification that
// opens that case; alerts of several cases are one summary that opens the Now page, so that a catch-up after
// downtime shows one notification, not fifty.
import type { ShellCommand } from './shell-commands';
import type { SlaAlert } from './sla-alerts';
import { MINUTE } from './time';

export interface AlertNotification {
  /** The alerts it tells of, most urgent first (breaches, then the nearest due time). */
  alerts: SlaAlert[];
  /** Its click. */
  open: ShellCommand;
  /** One per case, so that a later notification of the same case replaces the earlier one. */
  tag: string;
}

const urgency = (a: SlaAlert, b: SlaAlert) =>
  (a.kind === 'breach' ? 0 : 1) - (b.kind === 'breach' ? 0 : 1) || a.dueAt - b.dueAt;

export function alertNotifications(alerts: readonly SlaAlert[]): AlertNotification[] {
  if (alerts.length === 0) return [];
  const sorted = [...alerts].sort(urgency);
  const cases = new Set(sorted.map((a) => a.caseId));
  if (cases.size === 1) {
    const caseId = sorted[0]!.caseId;
    return [{ alerts: sorted, open: { kind: 'openCase', caseId }, tag: `sla:${caseId}` }];
  }
  return [{ alerts: sorted, open: { kind: 'go', page: 'now' }, tag: 'sla:summary' }];
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A notification's text for one alert, or for several raised together. One builder for the desktop
 * notification (main process) and the browser's, so that both say the same thing in the agent's language.
 */
export function alertMessage(
  alerts: readonly SlaAlert[],
  now: number,
  t: Translate,
  time: (ms: number) => string,
): { title: string; body: string } {
  const [first] = alerts;
  if (!first) return { title: '', body: '' };
  if (alerts.length > 1) {
    return {
      title: t('sla.notify.summaryTitle', { count: alerts.length }),
      body: alerts.map((a) => `${a.caseNumber} ${t(`sla.clock.${a.clock}`)}`).join(' · '),
    };
  }
  const values = {
    number: first.caseNumber,
    title: first.caseTitle,
    clock: t(`sla.clock.${first.clock}`),
    time: time(first.dueAt),
    minutes: Math.max(1, Math.ceil((first.dueAt - now) / MINUTE)),
  };
  return first.kind === 'breach'
    ? { title: t('sla.notify.breachTitle', values), body: t('sla.notify.breachBody', values) }
    : { title: t('sla.notify.warningTitle', values), body: t('sla.notify.warningBody', values) };
}
