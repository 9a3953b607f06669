import { Suspense, useState } from 'react';
import { lazyComponent } from '../../lib/lazy-component';
import { useHotkey } from '../../lib/use-hotkey';
import { useStore } from '../../store';

const NewCaseDrawer = lazyComponent(() => import('./NewCaseDrawer'), 'NewCaseDrawer');

/**
 * The new-case drawer, loaded the first time it opens (its form is code the first screen does not need)
 * and kept mounted after, so that what was typed survives closing it. N opens it from any page.
 */
export function NewCaseOverlay() {
  const open = useStore((s) => s.newCaseOpen);
  const setOpen = useStore((s) => s.setNewCaseOpen);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  useHotkey('n', () => setOpen(true));
  return opened ? (
    <Suspense fallback={null}>
      <NewCaseDrawer />
    </Suspense>
  ) : null;
}
