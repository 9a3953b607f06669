// The tray (menu-bar) icon: its state from the desk's, the badge, its tooltip and its menu.
import type { DesktopStatus } from '../../core/desktop';
import type { Language } from '../../core/domain';
import { translatorFor } from '../../core/i18n/translate';
import { SHORTCUTS, shortcutAccelerator } from '../../core/shortcuts';
import { SEPARATOR, type MenuSpec } from './menu-spec';

/** The icon's states, most pressing first: the first one that holds is shown. */
export const TRAY_LEVELS = ['breached', 'warning', 'syncError', 'offline', 'normal'] as const;
export type TrayLevel = (typeof TRAY_LEVELS)[number];

export interface TrayInput {
  /** Null until the case log is open (or while it is in recovery). */
  status: DesktopStatus | null;
  /** The system's word on the network. */
  online: boolean;
}

export function trayLevel({ status, online }: TrayInput): TrayLevel {
  if (status && status.breached > 0) return 'breached';
  if (status && (status.dueWithinHour > 0 || status.unreadAlerts > 0)) return 'warning';
  if (status?.sync === 'error') return 'syncError';
  if (!online || status?.sync === 'offline') return 'offline';
  return 'normal';
}

/** The number on the Dock badge or the taskbar overlay: cases with a clock due within the hour. */
export const trayBadge = (status: DesktopStatus | null): number => status?.dueWithinHour ?? 0;

/** The tooltip: the state in words, then what it counts. */
export function trayTooltip(input: TrayInput, language: Language): string {
  const t = translatorFor(language);
  const lines = [`ShiftDesk · ${t(`desktop.tray.level.${trayLevel(input)}`)}`];
  const status = input.status;
  if (status?.breached) lines.push(t('desktop.tray.breached', { count: status.breached }));
  if (status?.dueWithinHour) lines.push(t('desktop.tray.dueWithinHour', { count: status.dueWithinHour }));
  return lines.join('\n');
}

/** The wall-clock time a due time reads at ("14:05"). */
const clockTime = (language: Language, ms: number) =>
  new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false }).format(ms);

export function trayMenu(input: TrayInput, language: Language): MenuSpec[] {
  const t = translatorFor(language);
  const status = input.status;
  const clocks: MenuSpec[] = (status?.nextClocks ?? []).map((c) => ({
    label: t(c.dueAt <= status!.at ? 'desktop.tray.overdue' : 'desktop.tray.clock', {
      number: c.number,
      clock: t(`sla.clock.${c.clock}`),
      time: clockTime(language, c.dueAt),
    }),
    action: { kind: 'page', command: { kind: 'openCase', caseId: c.caseId } },
  }));
  return [
    { label: t('desktop.tray.show'), action: { kind: 'show' } },
    { label: t('desktop.menu.newCase'), action: { kind: 'page', command: { kind: 'newCase' } } },
    SEPARATOR,
    { label: t('desktop.tray.nextClocks'), enabled: false },
    ...(clocks.length > 0 ? clocks : [{ label: t('desktop.tray.noClocks'), enabled: false }]),
    SEPARATOR,
    { label: t('desktop.menu.switchAgent'), action: { kind: 'page', command: { kind: 'switchAgent' } } },
    {
      label: t('desktop.menu.signOut'),
      enabled: Boolean(status?.signedIn),
      action: { kind: 'page', command: { kind: 'signOut' } },
    },
    SEPARATOR,
    {
      label: t('desktop.menu.quit'),
      accelerator: shortcutAccelerator(SHORTCUTS.quit),
      action: { kind: 'quit' },
    },
  ];
}
