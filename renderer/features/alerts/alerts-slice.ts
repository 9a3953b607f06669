import type { SlaAlert } from '../../../core/sla-alerts';
import { call } from '../../lib/api';
import { syncServiceClock } from '../../lib/clock';
import type { Slice } from '../../store/slice';

export interface AlertsSlice {
  slaAlerts: SlaAlert[];
  slaUnread: number;
  /** Whether the alert list has been read once (alerts seen then are history, not news). */
  slaAlertsLoaded: boolean;
  /** Reads the alert area; resolves to the alerts that are new since the last read. */
  loadAlerts(): Promise<SlaAlert[]>;
  markAlertsRead(ids?: string[]): Promise<void>;
}

export const createAlertsSlice: Slice<AlertsSlice> = (set, get) => {
  // Ids already shown: kept out of the state, it only tells news from what the agent has seen.
  const seen = new Set<string>();
  return {
    slaAlerts: [],
    slaUnread: 0,
    slaAlertsLoaded: false,

    async loadAlerts() {
      const { at, items, unread } = await call('slaAlerts.list', {});
      // Alerts are raised on the service's clock: the countdowns follow it from here at once.
      syncServiceClock(at);
      const first = !get().slaAlertsLoaded;
      const fresh = first ? [] : items.filter((a) => !seen.has(a.id) && !a.read);
      for (const a of items) seen.add(a.id);
      set({ slaAlerts: items, slaUnread: unread, slaAlertsLoaded: true });
      // A breach is written on the case's timeline: the open case shows it at once.
      const open = get().openCase;
      if (open?.detail && fresh.some((a) => a.kind === 'breach' && a.caseId === open.id)) {
        void get().loadCase(open.id);
      }
      return fresh;
    },

    async markAlertsRead(ids) {
      const { items, unread } = await call('slaAlerts.markRead', ids ? { ids } : {});
      for (const a of items) seen.add(a.id);
      set({ slaAlerts: items, slaUnread: unread });
    },
  };
};
