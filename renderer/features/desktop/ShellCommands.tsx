import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
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
    const shell = window.shiftdeskShell;
    if (!shell) return;
    // The schema that checks a command (like any input from outside the page) loads only in the desktop app;
    // one module promise for all, so commands are still checked and run in the order they came.
    const schema = import('../../../core/shell-commands').then((m) => m.shellCommand);
    shell.onCommand((raw) => {
      void schema.then((shellCommand) => {
        const parsed = shellCommand.safeParse(raw);
        if (!parsed.success) return;
        runShellCommand(parsed.data).then(tell, (error: unknown) => message.error(refusal(error), 6));
      });
    });
    // Subscribed once for the page's life: the preload has no way to unsubscribe, nor a need.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
