// The desktop around the window: the tray and badge, the application menu, notifications, quitting on
// purpose, links and files from outside. Each decision is a pure function of electron/desktop; this file
// reads the desk through the contract and hands Electron what those functions decide.
import { app, dialog, Menu, net, shell, type BrowserWindow } from 'electron';
import type { DesktopStatus } from '../../core/desktop';
import type { AgentRef, Language } from '../../core/domain';
import type { PendingHandover } from '../../core/handover';
import { translatorFor } from '../../core/i18n/translate';
import type { DesktopNotice, ShellCommand } from '../../core/shell-commands';
import type { Settings } from '../../core/settings';
import { appMenu } from '../desktop/app-menu';
import { quitDecision } from '../desktop/close-or-quit';
import type { LaunchRequest } from '../desktop/deep-link';
import { signInNotice } from '../desktop/handover-notice';
import { commandOf } from '../desktop/launch-command';
import type { LogFile } from '../desktop/log-file';
import type { ShellAction } from '../desktop/menu-spec';
import type { Desk } from '../services/desk';
import type { Dispatch } from '../services/dispatch';
import { windowTerminal } from '../services/terminals';
import { saveDiagnostics } from './diagnostics';
import { buildMenu } from './menus';
import { createNotifier } from './notifications';
import { sendToPage, showWindow } from './page-window';
import { createTray } from './tray-icon';

/** How often the tray re-reads the desk between the SLA watch's notifications. */
const REFRESH_MS = 15_000;

export interface ShellDeps {
  log: LogFile;
  /** The main window, created when there is none. */
  window(): BrowserWindow;
  currentWindow(): BrowserWindow | null;
  desk(): Desk | null;
  /** Quitting for real: the window closes instead of hiding. */
  quit(): void;
}

export function createShell(deps: ShellDeps) {
  let dispatch: Dispatch | null = null;
  let status: DesktopStatus | null = null;
  let language: Language = 'zh-CN';
  let signedIn: AgentRef | null = null;
  let menuKey = '';

  const send = (command: ShellCommand) => sendToPage(deps.window(), command);
  const notifier = createNotifier(send);
  const read = <T>(name: string): T | null => {
    const win = deps.currentWindow();
    if (!dispatch || !win) return null;
    const result = dispatch(name, {}, windowTerminal(win.webContents.id));
    return result.ok ? (result.value as T) : null;
  };

  const onAction = (action: ShellAction): void => {
    switch (action.kind) {
      case 'page':
        return send(action.command);
      case 'show':
        return showWindow(deps.window());
      case 'quit':
        return void requestQuit();
      case 'toggleStartAtLogin':
        app.setLoginItemSettings({ openAtLogin: !app.getLoginItemSettings().openAtLogin });
        return refreshMenu(true);
      case 'saveDiagnostics':
        return void saveDiagnostics(
          deps.currentWindow(),
          deps.desk(),
          deps.log,
          translatorFor(language)('desktop.diagnostics.title'),
        ).catch((error: unknown) => deps.log.error('diagnostics', error));
      case 'openLogFolder':
        return void shell.openPath(deps.log.dir);
    }
  };
  // Made at the first reading, once the app is ready (a Tray cannot exist before).
  let tray: ReturnType<typeof createTray> | null = null;

  function refreshMenu(force = false): void {
    const startAtLogin = app.getLoginItemSettings().openAtLogin;
    const key = `${language}|${Boolean(signedIn)}|${startAtLogin}`;
    if (key === menuKey && !force) return;
    menuKey = key;
    const spec = appMenu({ language, platform: process.platform, signedIn: Boolean(signedIn), startAtLogin });
    Menu.setApplicationMenu(buildMenu(spec, onAction));
  }

  /**
   * Reads the desk again: tray, badge, menu, and the read-back notice for an agent who just signed in.
   * Before the desk is open (or while it is in recovery) there is nothing to read, and the tray says so.
   */
  function refresh(): void {
    status = read<DesktopStatus>('desktop.status');
    language = read<Settings>('settings.get')?.language ?? language;
    const now = status?.signedIn ?? null;
    if (status) {
      const notice = signInNotice(signedIn, now, read<PendingHandover[]>('handover.pending') ?? [], language);
      if (notice) notifier(notice);
      signedIn = now;
    }
    tray ??= createTray(onAction);
    tray.show({ status, online: net.isOnline() }, language, deps.currentWindow());
    refreshMenu();
  }

  async function requestQuit(): Promise<void> {
    refresh();
    if (quitDecision(status) === 'confirm') {
      const t = translatorFor(language);
      // Asked from the tray with the window hidden, the question must not hang on an invisible window.
      const shown = deps.currentWindow();
      const win = shown?.isVisible() ? shown : null;
      const options = {
        type: 'warning' as const,
        buttons: [t('desktop.quit.stay'), t('desktop.quit.confirm')],
        defaultId: 0,
        cancelId: 0,
        title: t('desktop.quit.title'),
        message: t('desktop.quit.message'),
        detail: t('desktop.quit.detail', { count: status?.runningClocks ?? 0 }),
      };
      const { response } = win
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options);
      if (response !== 1) return;
    }
    deps.log.write('info', 'quit', { confirmed: quitDecision(status) === 'confirm' });
    deps.quit();
  }

  let timer: NodeJS.Timeout | null = null;
  return {
    /** The desk is open: the tray follows it from now on. */
    attach(next: Dispatch): void {
      dispatch = next;
      refresh();
      timer ??= setInterval(refresh, REFRESH_MS);
    },
    refresh,
    /** SLA notifications (the platform port), the tray updated with them. */
    notify(notice: DesktopNotice): void {
      notifier(notice);
      setImmediate(refresh);
    },
    /** A link or file from outside, checked already (electron/desktop/deep-link.ts). */
    async open(requests: readonly LaunchRequest[]): Promise<void> {
      for (const request of requests) {
        const command = await commandOf(request);
        deps.log.write('info', 'launch-request', { kind: request.kind, accepted: command !== null });
        if (command) send(command);
        else {
          const t = translatorFor(language);
          dialog.showErrorBox(t('desktop.file.unreadable'), t('desktop.file.unreadableDetail'));
        }
      }
    },
    /** The first close of a run says that the app is still on watch. */
    hidden: (() => {
      let told = false;
      return () => {
        if (told) return;
        told = true;
        const t = translatorFor(language);
        notifier({
          title: t('desktop.hidden.title'),
          body: t('desktop.hidden.body'),
          open: { kind: 'go', page: 'now' },
          tag: 'shell:hidden',
        });
      };
    })(),
    requestQuit,
    stop(): void {
      if (timer) clearInterval(timer);
      tray?.destroy();
    },
  };
}
