// The application menu in the interface's language: the standard roles (edit, window, the macOS app menu)
// with labels from core/i18n, and ShiftDesk's own entries with the shortcuts of core/shortcuts.ts.
import type { Language } from '../../core/domain';
import { translatorFor } from '../../core/i18n/translate';
import type { ShellCommand } from '../../core/shell-commands';
import { SHORTCUTS, shortcutAccelerator, type ShortcutName } from '../../core/shortcuts';
import { SEPARATOR, type MenuRole, type MenuSpec } from './menu-spec';

export interface AppMenuState {
  language: Language;
  platform: NodeJS.Platform;
  signedIn: boolean;
  startAtLogin: boolean;
}

export function appMenu(state: AppMenuState): MenuSpec[] {
  const t = translatorFor(state.language);
  const label = (key: string) => t(`desktop.menu.${key}`);
  const mac = state.platform === 'darwin';
  const role = (r: MenuRole, key: string = r): MenuSpec => ({ role: r, label: label(key) });
  /** An entry the page handles; its key is heard by the page, the menu only shows it. */
  const pageEntry = (key: string, command: ShellCommand, shortcut?: ShortcutName): MenuSpec => ({
    label: label(key),
    action: { kind: 'page', command },
    ...(shortcut
      ? { shortcut, accelerator: shortcutAccelerator(SHORTCUTS[shortcut]), registerAccelerator: false }
      : {}),
  });
  const settings = pageEntry('settings', { kind: 'go', page: 'settings' }, 'goSettings');
  const startAtLogin: MenuSpec = {
    label: label('startAtLogin'),
    type: 'checkbox',
    checked: state.startAtLogin,
    action: { kind: 'toggleStartAtLogin' },
  };
  // Quitting is the shell's own: the page never sees Ctrl+Q, so the menu registers it.
  const quit: MenuSpec = {
    label: label('quit'),
    shortcut: 'quit',
    accelerator: shortcutAccelerator(SHORTCUTS.quit),
    action: { kind: 'quit' },
  };

  const appMenu: MenuSpec = {
    label: 'ShiftDesk',
    submenu: [
      role('about'),
      SEPARATOR,
      settings,
      startAtLogin,
      SEPARATOR,
      role('services'),
      SEPARATOR,
      role('hide'),
      role('hideOthers'),
      role('unhide'),
      SEPARATOR,
      quit,
    ],
  };
  const file: MenuSpec = {
    label: label('file'),
    submenu: [
      pageEntry('newCase', { kind: 'newCase' }, 'newCase'),
      ...(mac ? [] : [SEPARATOR, settings, startAtLogin, SEPARATOR, quit]),
    ],
  };
  const edit: MenuSpec = {
    label: label('edit'),
    submenu: [
      role('undo'),
      role('redo'),
      SEPARATOR,
      role('cut'),
      role('copy'),
      role('paste'),
      role('selectAll'),
    ],
  };
  const go: MenuSpec = {
    label: label('go'),
    submenu: [
      pageEntry('now', { kind: 'go', page: 'now' }, 'goNow'),
      pageEntry('cases', { kind: 'go', page: 'cases' }, 'goCases'),
      pageEntry('handover', { kind: 'go', page: 'handover' }, 'goHandover'),
      SEPARATOR,
      pageEntry('search', { kind: 'search' }, 'search'),
    ],
  };
  const duty: MenuSpec = {
    label: label('duty'),
    submenu: [
      pageEntry('switchAgent', { kind: 'switchAgent' }, 'switchAgent'),
      { ...pageEntry('signOut', { kind: 'signOut' }), enabled: state.signedIn },
    ],
  };
  const window: MenuSpec = {
    label: label('window'),
    submenu: mac
      ? [role('minimize'), role('zoom'), SEPARATOR, role('front')]
      : [role('minimize'), role('close')],
  };
  const help: MenuSpec = {
    label: label('help'),
    submenu: [
      { label: label('saveDiagnostics'), action: { kind: 'saveDiagnostics' } },
      { label: label('openLogFolder'), action: { kind: 'openLogFolder' } },
      ...(mac ? [] : [SEPARATOR, role('about')]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, go, duty, window, help];
}
