import type { OutputOf } from '../../../core/api';
import type { Handover, HandoverCursor, HandoverListItem, PendingHandover } from '../../../core/handover';
import { call } from '../../lib/api';
import { openRecordLoader, type OpenRecord } from '../../shared/open-record';
import type { Slice } from '../../store/slice';

const HISTORY_PAGE = 50;

export interface HandoverSlice {
  /** Handovers waiting for an incoming agent to read them back, oldest first. */
  handoverPending: PendingHandover[];
  handoverHistory: {
    query: string;
    items: HandoverListItem[];
    next: HandoverCursor | null;
    loading: boolean;
    loaded: boolean;
  };
  /** The handover on screen (#/handover/<id>). */
  openHandover: OpenRecord<Handover> | null;
  loadPendingHandovers(): Promise<void>;
  loadHandoverHistory(query?: string): Promise<void>;
  loadMoreHandoverHistory(): Promise<void>;
  loadHandover(id: string): Promise<void>;
  /** A handover came back changed (submitted, confirmed, acknowledged, imported): show it everywhere. */
  handoverChanged(handover: Handover): void;
  /** The incoming agent confirms one case of a handover, or acknowledges the whole of it. */
  confirmHandoverItem(handoverId: string, caseId: string): Promise<void>;
  acknowledgeHandover(handoverId: string): Promise<void>;
  /** Reads a handover file from another workstation into the log. */
  importHandoverFile(text: string): Promise<OutputOf<'handover.importFile'>>;
  /** Prints a handover to PDF in the desktop app; `started` is false where it cannot (then the page prints). */
  exportHandoverPdf(id: string): Promise<OutputOf<'handover.exportPdf'>>;
  exportHandoverFile(id: string): Promise<OutputOf<'handover.exportFile'>>;
}

// Search-as-you-type: only the answer to the latest query may land.
let latest = 0;

export const createHandoverSlice: Slice<HandoverSlice> = (set, get) => ({
  handoverPending: [],
  handoverHistory: { query: '', items: [], next: null, loading: false, loaded: false },
  openHandover: null,

  async loadPendingHandovers() {
    set({ handoverPending: await call('handover.pending', {}) });
  },

  async loadHandoverHistory(query = get().handoverHistory.query) {
    const ticket = ++latest;
    set((s) => ({ handoverHistory: { ...s.handoverHistory, query, loading: true } }));
    try {
      const page = await call('handover.history', { query, limit: HISTORY_PAGE });
      if (ticket !== latest) return;
      set({ handoverHistory: { query, items: page.items, next: page.next, loading: false, loaded: true } });
    } finally {
      if (ticket === latest) set((s) => ({ handoverHistory: { ...s.handoverHistory, loading: false } }));
    }
  },

  async loadMoreHandoverHistory() {
    const { next, loading, query } = get().handoverHistory;
    if (!next || loading) return;
    const ticket = ++latest;
    set((s) => ({ handoverHistory: { ...s.handoverHistory, loading: true } }));
    try {
      const page = await call('handover.history', { query, limit: HISTORY_PAGE, before: next });
      if (ticket !== latest) return;
      set((s) => ({
        handoverHistory: {
          ...s.handoverHistory,
          items: [...s.handoverHistory.items, ...page.items],
          next: page.next,
        },
      }));
    } finally {
      if (ticket === latest) set((s) => ({ handoverHistory: { ...s.handoverHistory, loading: false } }));
    }
  },

  loadHandover: openRecordLoader(get, set, 'openHandover', (id: string) => call('handover.get', { id })),

  handoverChanged(handover) {
    set((s) => ({
      openHandover:
        s.openHandover?.id === handover.id ? { ...s.openHandover, detail: handover } : s.openHandover,
      handoverPending:
        handover.status === 'pending'
          ? s.handoverPending.some((p) => p.id === handover.id)
            ? s.handoverPending
            : [
                ...s.handoverPending,
                { id: handover.id, fromAgent: handover.fromAgent, createdAt: handover.createdAt },
              ]
          : s.handoverPending.filter((p) => p.id !== handover.id),
    }));
  },

  async confirmHandoverItem(handoverId, caseId) {
    get().handoverChanged(await call('handover.confirmItem', { handoverId, caseId }));
  },
  async acknowledgeHandover(handoverId) {
    get().handoverChanged(await call('handover.acknowledge', { handoverId }));
  },
  importHandoverFile: (text) => call('handover.importFile', { text }),
  exportHandoverPdf: (id) => call('handover.exportPdf', { id }),
  exportHandoverFile: (id) => call('handover.exportFile', { id }),
});
