// The keyboard shortcuts, declared once: the page listens for them (renderer/lib/use-hotkey.ts), the
// desktop app's menu shows them (electron/desktop/app-menu.ts) and the README's table lists them (a test
// keeps the three equal).

/** A key, with `mod` meaning Ctrl on Windows and Linux and ⌘ on macOS. */
export interface Shortcut {
  /** The key as KeyboardEvent.key names it, lower-case for letters ('n', '/', 'enter', 'escape', '1'). */
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export const SHORTCUTS = {
  nextCase: { key: 'j' },
  previousCase: { key: 'k' },
  openSelected: { key: 'enter' },
  search: { key: '/' },
  clearSearch: { key: 'escape' },
  newCase: { key: 'n' },
  save: { key: 'enter', mod: true },
  cannedReply: { key: 'r', mod: true, shift: true },
  editCase: { key: 'e' },
  assignToMe: { key: 'a' },
  escalate: { key: 'x' },
  importCustomers: { key: 'i' },
  switchAgent: { key: 's', mod: true, shift: true },
  goNow: { key: '1', mod: true },
  goCases: { key: '2', mod: true },
  goHandover: { key: '3', mod: true },
  goSettings: { key: ',', mod: true },
  quit: { key: 'q', mod: true },
} as const satisfies Record<string, Shortcut>;

export type ShortcutName = keyof typeof SHORTCUTS;

const KEY_NAMES: Record<string, string> = { enter: 'Enter', escape: 'Esc' };
const keyName = (key: string) => KEY_NAMES[key] ?? key.toUpperCase();

/** How the README writes a shortcut: `Ctrl+Shift+S`, `N`, `/`, `Esc`. */
export function shortcutLabel(shortcut: Shortcut): string {
  return [shortcut.mod && 'Ctrl', shortcut.shift && 'Shift', keyName(shortcut.key)].filter(Boolean).join('+');
}

/** Electron's accelerator for a shortcut: `CmdOrCtrl+Shift+S`, `N`, `/`, `Esc`. */
export function shortcutAccelerator(shortcut: Shortcut): string {
  return [shortcut.mod && 'CmdOrCtrl', shortcut.shift && 'Shift', keyName(shortcut.key)]
    .filter(Boolean)
    .join('+');
}

/** Whether a key event is the shortcut: Ctrl or ⌘ for `mod`, no other modifier than those it names. */
export function matchesShortcut(
  event: {
    key: string;
    code?: string;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
    altKey: boolean;
  },
  shortcut: Shortcut,
): boolean {
  if (event.altKey || Boolean(shortcut.mod) !== (event.ctrlKey || event.metaKey)) return false;
  // Shift is part of typing '/' or '?' on many layouts: only chords that name it insist on it.
  if (shortcut.shift && !event.shiftKey) return false;
  if (shortcut.mod && !shortcut.shift && event.shiftKey) return false;
  const key = event.key.toLowerCase();
  // Under a chord a letter may arrive upper-case, or (another layout) only its physical code says which.
  if (key === shortcut.key) return true;
  return Boolean(shortcut.mod) && /^[a-z0-9]$/.test(shortcut.key) && event.code === codeOf(shortcut.key);
}

const codeOf = (key: string) => (/^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`);
