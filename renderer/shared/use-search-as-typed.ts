import { useEffect } from 'react';
import { useShowError } from './use-show-error';

/** How long the agent pauses typing before the list is searched again. */
const PAUSE_MS = 180;

/** Searches `load` for the box's text once the agent pauses typing; a failure is a toast. */
export function useSearchAsTyped(draft: string, load: (query: string) => Promise<unknown>): void {
  const showError = useShowError();
  useEffect(() => {
    const timer = setTimeout(() => {
      load(draft.trim()).catch(showError);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, load, showError]);
}
