import { useBusyCall } from './use-busy-call';
import { useRefusalText } from './use-refusal-text';

/** The caller shows a refusal its own way: no toast. */
const NOT_REPORTED = () => undefined;

/**
 * Runs a duty or agent call that the service may refuse: `busy` while it runs, and a refusal handed to
 * `onRefused` in the service's own words (the error too, for callers that tell refusals apart).
 */
export function useRefusableCall() {
  const refusal = useRefusalText();
  const { busy, run: runBusy } = useBusyCall(NOT_REPORTED);
  const run = (work: () => Promise<void>, onRefused: (text: string, error: unknown) => void) =>
    runBusy(work, (error) => onRefused(refusal(error), error));
  return { busy, run, refusal };
}
