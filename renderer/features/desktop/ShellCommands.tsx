import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { shellCommand } from '../../../core/shell-commands';
import { useHotkey } from '../../lib/use-hotkey';
import { routeOfPage, runShellCommand, type ShellOutcome } from '../../shared/shell-command';
import { useStore } from '../../store';
import { useRefusalText } from '../handover/use-refusal-text';

declare global {
  interface Window {
    /** The desktop shell's commands (electron/preload); absent in browser mode. */
    shiftdeskShell?: { onCommand(listener: (command: unknown) => void): void };
  }
}

/**
 * The desktop shell's commands (menu, tray, notification, link, opened file) and the shortcuts that lead
 * to the sections. Mounted once beside the pages.
 */
export function ShellCommands() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refusal = useRefusalText();
  const navigate = useStore((s) => s.navigate);
  useHotkey('goNow', () => navigate(routeOfPage('now')));
  useHotkey('goCases', () => navigate(routeOfPage('cases')));
  useHotkey('goHandover', () => navigate(routeOfPage('handover')));
  useHotkey('goSettings', () => navigate(routeOfPage('settings')));

  useEffect(() => {
    const tell = (outcome: ShellOutcome) => {
      if (outcome.kind === 'caseNotFound')
        message.warning(t('desktop.link.notFound', { number: outcome.number }));
      if (outcome.kind === 'imported') message.success(t('handover.transfer.importedTitle'));
    };
    window.shiftdeskShell?.onCommand((raw) => {
      // Checked like any input from outside the page.
      const parsed = shellCommand.safeParse(raw);
      if (!parsed.success) return;
      runShellCommand(parsed.data).then(tell, (error: unknown) => message.error(refusal(error), 6));
    });
    // Subscribed once for the page's life: the preload has no way to unsubscribe, nor a need.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
