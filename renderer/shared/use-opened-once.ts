import { useState } from 'react';

/**
 * Whether something that opens (a drawer, a dialog, a panel) has ever been open: its code can load on the
 * first opening, and it stays mounted after it closes, so a closing animation plays and typed text is kept.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  // Set while rendering, as React advises for state that follows a prop: no extra commit, no effect.
  if (open && !opened) setOpened(true);
  return opened || open;
}
