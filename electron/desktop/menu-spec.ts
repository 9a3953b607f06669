// A menu as plain data: what the application menu and the tray's menu hold, built by pure functions and
// turned into Electron's menu by electron/main/menus.ts, which only attaches the clicks.
import type { ShellCommand } from '../../core/shell-commands';
import type { ShortcutName } from '../../core/shortcuts';

/** What a click does: a command for the page, or something the shell does itself. */
export type ShellAction =
  | { kind: 'page'; command: ShellCommand }
  | { kind: 'show' }
  | { kind: 'quit' }
  | { kind: 'toggleStartAtLogin' }
  | { kind: 'saveDiagnostics' }
  | { kind: 'openLogFolder' };

/** The standard roles used, named as Electron names them. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close';

export interface MenuSpec {
  label?: string;
  type?: 'separator' | 'checkbox';
  role?: MenuRole;
  /** Electron's accelerator, from the shortcut's one declaration (core/shortcuts.ts). */
  accelerator?: string;
  /** The shortcut behind the accelerator. */
  shortcut?: ShortcutName;
  /**
   * False when the page hears the key itself (core/shortcuts.ts): the menu shows the key and a click runs
   * the action, but a key typed into a note never reaches the menu.
   */
  registerAccelerator?: boolean;
  checked?: boolean;
  enabled?: boolean;
  action?: ShellAction;
  submenu?: MenuSpec[];
}

export const SEPARATOR: MenuSpec = { type: 'separator' };
