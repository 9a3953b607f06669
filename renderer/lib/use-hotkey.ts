import { useEffect, useEffectEvent } from 'react';
import { matchesShortcut, SHORTCUTS, type ShortcutName } from '../../core/shortcuts';

/** True while the agent is typing somewhere, so that single-letter shortcuts stay out of the way. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** Inputs that take no text: a focused radio or checkbox must not swallow shortcuts. */
const NOT_TEXT = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/**
 * An open modal or drawer owns the keyboard; a closed one may linger in the DOM hidden, and a closing one
 * (its modal marked as leaving) no longer does: Escape and then I reopens the dialog at once.
 */
const dialogOpen = () =>
  [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-open')].some(
    (el) =>
      el.style.display !== 'none' &&
      el.getClientRects().length > 0 &&
      el.querySelector('.ant-modal[class*="-leave"]') === null,
  );

/**
 * A shortcut of core/shortcuts.ts for the whole window. A single key is ignored while typing; a chord with
 * Ctrl (⌘) is heard there too.
 */
export function useHotkey(name: ShortcutName, handler: () => void, enabled = true): void {
  const fire = useEffectEvent(handler);
  useEffect(() => {
    if (!enabled) return;
    const shortcut: { key: string; mod?: boolean } = SHORTCUTS[name];
    const onKey = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, shortcut)) return;
      if ((!shortcut.mod && isTyping(event.target)) || dialogOpen()) return;
      event.preventDefault();
      fire();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [name, enabled]);
}

/** Ctrl+Enter (Cmd+Enter on macOS) inside an element: the save gesture of every form. */
export const isSaveChord = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}) => matchesShortcut(event, SHORTCUTS.save);
