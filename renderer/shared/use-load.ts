import { useEffect } from 'react';
import { useShowError } from './use-show-error';

/** Loads what a view shows when it appears; a failure is a toast, and the view keeps what it had. */
export function useLoad(load: () => Promise<unknown>): void {
  const showError = useShowError();
  useEffect(() => {
    load().catch(showError);
  }, [load, showError]);
}
