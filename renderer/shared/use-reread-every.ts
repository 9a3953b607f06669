import { useEffect } from 'react';
import { onServiceClockChange } from '../lib/clock';

/**
 * Reads now, then every `everyMs`, at once when the service clock moves (a test clock advanced, the machine's
 * clock corrected) and, where asked, when the window regains focus: for what changes on its own as time
 * passes. `read` should keep its identity between renders (useCallback), or the timers restart.
 */
export function useRereadEvery(read: () => void, everyMs: number, { onFocus = false } = {}) {
  useEffect(() => {
    read();
    const timer = setInterval(read, everyMs);
    const stopClock = onServiceClockChange(read);
    if (onFocus) window.addEventListener('focus', read);
    return () => {
      clearInterval(timer);
      stopClock();
      if (onFocus) window.removeEventListener('focus', read);
    };
  }, [read, everyMs, onFocus]);
}
