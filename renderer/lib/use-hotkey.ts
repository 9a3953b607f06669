import { useEffect, useEffectEvent } from 'react';

/** True while the agent is typing somewhere, so that single-letter shortcuts stay out of the way. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** Inputs that take no text: a focused radio or checkbox must not swallow shortcuts. */
const NOT_TEXT = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** An open modal or drawer owns the keyboard; a closed one may linger in the DOM hidden. */
const dialogOpen = () =>
  [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-open')].some(
    (el) => el.style.display !== 'none' && el.getClientRects().length > 0,
  );

/** A single-key shortcut (no modifiers) for the whole window, ignored while typing. */
export function useHotkey(key: string, handler: () => void, enabled = true): void {
  const fire = useEffectEvent(handler);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== key || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || dialogOpen()) return;
      event.preventDefault();
      fire();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, enabled]);
}

/** Ctrl+Enter (Cmd+Enter on macOS) inside an element: the save gesture of every form. */
export const isSaveChord = (event: { key: string; ctrlKey: boolean; metaKey: boolean }) =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey);
