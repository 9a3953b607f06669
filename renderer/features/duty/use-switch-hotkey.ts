import { useEffect } from 'react';
import { matchesShortcut, SHORTCUTS } from '../../../core/shortcuts';
import { useStore } from '../../store';

/** Ctrl+Shift+S (⌘⇧S on macOS): the switch-agent chord, heard everywhere, also while typing. */
export const isSwitchChord = (
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
) => matchesShortcut(e, SHORTCUTS.switchAgent);

/** The agent a digit picks in the switcher: 1–9 pick the first nine, 0 the tenth. */
export function digitIndex(key: string): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  return key === '0' ? 9 : Number(key) - 1;
}

/**
 * The switcher's two keystrokes. Both are read here, on the window and before anything else sees them, from
 * the store's current state rather than React's next render: a digit typed straight after the chord (the
 * dialog not drawn yet, the cursor still in a note) still picks an agent, and never lands in the note.
 */
export function useSwitcherKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = useStore.getState();
      if (isSwitchChord(event)) {
        event.preventDefault();
        state.setSwitcherOpen(true);
        return;
      }
      if (!state.switcherOpen || state.switcherStep !== 'list') return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const index = digitIndex(event.key);
      if (index === null) return;
      event.preventDefault();
      event.stopPropagation();
      state.pickInSwitcher(index);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
