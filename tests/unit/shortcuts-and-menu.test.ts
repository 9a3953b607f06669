import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../core/domain';
import { translate } from '../../core/i18n/translate';
import {
  matchesShortcut,
  SHORTCUTS,
  shortcutAccelerator,
  shortcutLabel,
  type ShortcutName,
} from '../../core/shortcuts';
import { appMenu } from '../../electron/desktop/app-menu';
import type { MenuSpec } from '../../electron/desktop/menu-spec';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** The README's table of shortcuts: its key column, and what each key does in English. */
function readmeShortcuts(): Map<string, string> {
  const table = /<!-- shortcuts:start -->([\s\S]*?)<!-- shortcuts:end -->/.exec(readme)?.[1] ?? '';
  const rows = table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  return new Map(rows.map((cells) => [cells[2]!.split(' / ')[1]!, cells[1]!.replace(/`/g, '')]));
}

const flatten = (items: readonly MenuSpec[]): MenuSpec[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

const NAMES = Object.keys(SHORTCUTS) as ShortcutName[];

describe('the README lists the shortcuts of core/shortcuts.ts', () => {
  it('one row per shortcut, with its key and what it does in both languages', () => {
    const table = readmeShortcuts();
    expect([...table.keys()]).toEqual(NAMES.map((n) => translate('en', `desktop.shortcut.${n}`)));
    for (const name of NAMES) {
      expect(table.get(translate('en', `desktop.shortcut.${name}`))).toBe(shortcutLabel(SHORTCUTS[name]));
      expect(readme).toContain(
        `${translate('zh-CN', `desktop.shortcut.${name}`)} / ${translate('en', `desktop.shortcut.${name}`)}`,
      );
    }
  });

  it('writes a chord as the README does and as Electron reads it', () => {
    expect(shortcutLabel(SHORTCUTS.switchAgent)).toBe('Ctrl+Shift+S');
    expect(shortcutAccelerator(SHORTCUTS.switchAgent)).toBe('CmdOrCtrl+Shift+S');
    expect(shortcutLabel(SHORTCUTS.clearSearch)).toBe('Esc');
    expect(shortcutAccelerator(SHORTCUTS.search)).toBe('/');
  });
});

describe('matching a key event to a shortcut', () => {
  const event = (
    key: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('takes a letter in either case, and no Ctrl, Cmd or Alt with a single key', () => {
    expect(matchesShortcut(event('n'), SHORTCUTS.newCase)).toBe(true);
    expect(matchesShortcut(event('N', { shiftKey: true }), SHORTCUTS.newCase)).toBe(true);
    expect(matchesShortcut(event('n', { ctrlKey: true }), SHORTCUTS.newCase)).toBe(false);
    expect(matchesShortcut(event('n', { altKey: true }), SHORTCUTS.newCase)).toBe(false);
  });

  it('takes Ctrl or Cmd for a chord, Shift only where the chord names it', () => {
    expect(matchesShortcut(event('S', { ctrlKey: true, shiftKey: true }), SHORTCUTS.switchAgent)).toBe(true);
    expect(matchesShortcut(event('s', { metaKey: true, shiftKey: true }), SHORTCUTS.switchAgent)).toBe(true);
    expect(matchesShortcut(event('s', { ctrlKey: true }), SHORTCUTS.switchAgent)).toBe(false);
    expect(matchesShortcut(event('1', { ctrlKey: true, shiftKey: true }), SHORTCUTS.goNow)).toBe(false);
    expect(matchesShortcut(event('1'), SHORTCUTS.goNow)).toBe(false);
    // Another keyboard layout: only the physical key says which.
    expect(
      matchesShortcut(
        { ...event('ы', { ctrlKey: true, shiftKey: true }), code: 'KeyS' },
        SHORTCUTS.switchAgent,
      ),
    ).toBe(true);
  });
});

describe.each(LANGUAGES)('the application menu in %s', (language: Language) => {
  const windows = appMenu({ language, platform: 'win32', signedIn: true, startAtLogin: false });
  const mac = appMenu({ language, platform: 'darwin', signedIn: true, startAtLogin: true });

  it("shows each of ShiftDesk's entries with the README's key", () => {
    const table = readmeShortcuts();
    for (const menu of [windows, mac]) {
      const withKeys = flatten(menu).filter((item) => item.accelerator);
      expect(new Set(withKeys.map((item) => item.shortcut))).toEqual(
        new Set(['newCase', 'search', 'goNow', 'goCases', 'goHandover', 'goSettings', 'switchAgent', 'quit']),
      );
      for (const item of withKeys) {
        const readmeKey = table.get(translate('en', `desktop.shortcut.${item.shortcut!}`));
        expect(item.accelerator, item.shortcut).toBe(readmeKey!.replace(/^Ctrl\+/, 'CmdOrCtrl+'));
      }
    }
  });

  it('leaves the keys the page hears to the page, and registers only quitting', () => {
    const registered = flatten(windows).filter((i) => i.accelerator && i.registerAccelerator !== false);
    expect(registered.map((i) => i.shortcut)).toEqual(['quit']);
  });

  it('labels every entry in the language, from the resource files', () => {
    for (const item of flatten([...windows, ...mac])) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      expect(item.label).not.toMatch(/^desktop\./);
    }
    const labels = flatten(windows).map((i) => i.label);
    expect(labels).toContain(translate(language, 'desktop.menu.newCase'));
    expect(labels).toContain(translate(language, 'desktop.menu.saveDiagnostics'));
  });

  it('has the standard roles: edit and window, and on macOS the app menu', () => {
    const roles = (menu: MenuSpec[]) =>
      new Set(
        flatten(menu)
          .map((i) => i.role)
          .filter(Boolean),
      );
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'minimize'] as const) {
      expect(roles(windows).has(role)).toBe(true);
      expect(roles(mac).has(role)).toBe(true);
    }
    expect(mac[0]!.label).toBe('ShiftDesk');
    for (const role of ['about', 'services', 'hide', 'hideOthers', 'unhide', 'front'] as const) {
      expect(roles(mac).has(role)).toBe(true);
    }
    expect(roles(windows).has('services')).toBe(false);
    expect(windows[0]!.label).toBe(translate(language, 'desktop.menu.file'));
  });

  it('ticks start at login as the system says, and offers sign-out only to someone signed in', () => {
    const find = (menu: MenuSpec[], kind: string) =>
      flatten(menu).find(
        (i) => i.action?.kind === kind || (i.action?.kind === 'page' && i.action.command.kind === kind),
      );
    expect(find(windows, 'toggleStartAtLogin')?.checked).toBe(false);
    expect(find(mac, 'toggleStartAtLogin')?.checked).toBe(true);
    expect(find(windows, 'signOut')?.enabled).toBe(true);
    const nobody = appMenu({ language, platform: 'win32', signedIn: false, startAtLogin: false });
    expect(find(nobody, 'signOut')?.enabled).toBe(false);
  });
});

it('the two languages label the menu differently', () => {
  const labels = (language: Language) =>
    flatten(appMenu({ language, platform: 'win32', signedIn: true, startAtLogin: false })).map(
      (i) => i.label,
    );
  expect(labels('zh-CN')).not.toEqual(labels('en'));
  expect(labels('zh-CN')).toContain('新建案例');
  expect(labels('en')).toContain('New case');
});
