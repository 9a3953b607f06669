import { useState } from 'react';
import { useShowError } from './use-show-error';

/**
 * A control's call to the host: `busy` while it runs. A failure is reported (a toast unless `report` says
 * otherwise), then handed to `onFailed` (to show the record as it now is, say).
 */
export function useBusyCall(report?: (error: unknown) => void) {
  const showError = useShowError();
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<unknown>, onFailed?: (error: unknown) => void): Promise<void> {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      (report ?? showError)(error);
      onFailed?.(error);
    } finally {
      setBusy(false);
    }
  }

  return { busy, run };
}
