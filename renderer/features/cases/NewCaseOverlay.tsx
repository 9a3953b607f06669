import { Suspense } from 'react';
import { lazyComponent } from '../../lib/lazy-component';
import { useHotkey } from '../../lib/use-hotkey';
import { useOpenedOnce } from '../../shared/use-opened-once';
import { useStore } from '../../store';

// The drawer's form (fields, pickers, validation) is not part of the first screen.
const NewCaseDrawer = lazyComponent(() => import('./NewCaseDrawer'), 'NewCaseDrawer');

/** The new-case drawer, opened from any page (N, or a button): its code loads on the first opening. */
export function NewCaseOverlay() {
  const setOpen = useStore((s) => s.setNewCaseOpen);
  const opened = useOpenedOnce(useStore((s) => s.newCaseOpen));
  useHotkey('newCase', () => setOpen(true));
  return opened ? (
    <Suspense fallback={null}>
      <NewCaseDrawer />
    </Suspense>
  ) : null;
}
