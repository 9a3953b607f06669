import { useState } from 'react';
import { useRefusalText } from './use-refusal-text';

/**
 * Runs a duty or agent call that the service may refuse: `busy` while it runs, and a refusal handed to
 * `onRefused` in the service's own words (the error too, for callers that tell refusals apart).
 */
export function useRefusableCall() {
  const refusal = useRefusalText();
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>, onRefused: (text: string, error: unknown) => void) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      onRefused(refusal(error), error);
    } finally {
      setBusy(false);
    }
  }

  return { busy, run, refusal };
}
