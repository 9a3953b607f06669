import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../core/cases';
import type { CaseSla } from '../../../core/sla-alerts';
import { call } from '../../lib/api';
import { syncServiceClock } from '../../lib/clock';

/** Re-read now and then anyway: a policy change on another screen moves every due time. */
const REFRESH_MS = 60_000;

/**
 * The case's clocks from the service, read again whenever the case changes (a reply, a status, a
 * severity edit) and every minute; in between, the UI counts down from them on its own.
 */
export function useCaseSla(detail: CaseDetail): CaseSla | null {
  const [sla, setSla] = useState<CaseSla | null>(null);
  const caseId = detail.id;
  const version = `${detail.updatedAt}:${detail.events.length}:${detail.status}:${detail.severity}`;
  useEffect(() => {
    let live = true;
    const load = () =>
      call('slaClocks.get', { caseId })
        .then((result) => {
          if (!live) return;
          syncServiceClock(result.at);
          setSla(result);
        })
        .catch(() => undefined);
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [caseId, version]);
  return sla?.caseId === caseId ? sla : null;
}
