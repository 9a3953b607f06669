import type { BrowserWindow } from 'electron';
import { SHELL_COMMAND_CHANNEL } from '../../core/names';
import type { ShellCommand } from '../../core/shell-commands';

/** Brings the window forward, from the tray, the Dock or minimised. */
export function showWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/** Hands a command to the page once it has loaded; the preload keeps it until the page listens. */
export function sendToPage(win: BrowserWindow, command: ShellCommand): void {
  showWindow(win);
  const send = () => win.webContents.send(SHELL_COMMAND_CHANNEL, command);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}
