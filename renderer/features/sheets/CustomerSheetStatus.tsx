import { useEffect } from 'react';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { SheetStatus } from './SheetStatus';

/** On the customer page: the sheet's reminder or last send, with a way to the sheet. */
export function CustomerSheetStatus({ customerId }: { customerId: string }) {
  const showError = useShowError();
  const sheet = useStore((s) => (s.openSheet?.customerId === customerId ? s.openSheet : null));
  const loadSheet = useStore((s) => s.loadSheet);
  const navigate = useStore((s) => s.navigate);
  // Again after a template save, which forgets the sheet on screen.
  const stale = sheet === null;

  useEffect(() => {
    if (stale) loadSheet(customerId).catch(showError);
  }, [customerId, stale, loadSheet, showError]);

  if (!sheet) return null;
  return <SheetStatus status={sheet} onOpen={() => navigate({ name: 'supportSheet', id: customerId })} />;
}
