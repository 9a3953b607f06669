import { useState } from 'react';
import { useShowError } from './use-show-error';

/**
 * A control's call to the host: `busy` while it runs; a failure is a toast, then `onFailed` runs (to show
 * the record as it now is, say).
 */
export function useBusyCall() {
  const showError = useShowError();
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<unknown>, onFailed?: () => void): Promise<void> {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      showError(error);
      onFailed?.();
    } finally {
      setBusy(false);
    }
  }

  return { busy, run };
}
