import type { CaseDetail, CaseEvent, CaseListItem, CasePage } from '../../../electron/contract/cases';
import type { CaseStatus } from '../../../electron/contract/domain';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

const PAGE_SIZE = 100;

export interface CasesSlice {
  caseList: { items: CaseListItem[]; next: CasePage['next']; loading: boolean; loaded: boolean };
  newCaseOpen: boolean;
  openCase: { id: string; detail: CaseDetail | null; missing: boolean } | null;
  loadCases(): Promise<void>;
  loadMoreCases(): Promise<void>;
  setNewCaseOpen(open: boolean): void;
  caseCreated(detail: CaseDetail): void;
  loadCase(id: string): Promise<void>;
  addNote(caseId: string, body: string): Promise<CaseEvent>;
  changeStatus(detail: CaseDetail, to: CaseStatus, reason?: string): Promise<void>;
}

const toListItem = (d: CaseDetail): CaseListItem => ({
  id: d.id,
  number: d.number,
  title: d.title,
  customerId: d.customer.id,
  customerName: d.customer.name,
  severity: d.severity,
  status: d.status,
  updatedAt: d.updatedAt,
});

export const createCasesSlice: Slice<CasesSlice> = (set, get) => {
  /** Moves a changed case to the top of the list, as the list is ordered by last update. */
  const bump = (detail: CaseDetail) =>
    set((s) => ({
      caseList: {
        ...s.caseList,
        items: [toListItem(detail), ...s.caseList.items.filter((c) => c.id !== detail.id)],
      },
      openCase: s.openCase?.id === detail.id ? { ...s.openCase, detail } : s.openCase,
    }));

  return {
    caseList: { items: [], next: null, loading: false, loaded: false },
    newCaseOpen: false,
    openCase: null,

    async loadCases() {
      set((s) => ({ caseList: { ...s.caseList, loading: true } }));
      try {
        const page = await call('cases.list', { limit: PAGE_SIZE });
        set({ caseList: { items: page.items, next: page.next, loading: false, loaded: true } });
      } finally {
        set((s) => ({ caseList: { ...s.caseList, loading: false } }));
      }
    },

    async loadMoreCases() {
      const { next, loading } = get().caseList;
      if (!next || loading) return;
      set((s) => ({ caseList: { ...s.caseList, loading: true } }));
      try {
        const page = await call('cases.list', { limit: PAGE_SIZE, after: next });
        set((s) => ({
          caseList: {
            items: [...s.caseList.items, ...page.items],
            next: page.next,
            loading: false,
            loaded: true,
          },
        }));
      } finally {
        set((s) => ({ caseList: { ...s.caseList, loading: false } }));
      }
    },

    setNewCaseOpen(open) {
      set({ newCaseOpen: open });
    },

    caseCreated(detail) {
      bump(detail);
      set({ newCaseOpen: false, openCase: { id: detail.id, detail, missing: false } });
    },

    async loadCase(id) {
      if (get().openCase?.id !== id) set({ openCase: { id, detail: null, missing: false } });
      try {
        const detail = await call('cases.get', { id });
        if (get().openCase?.id === id) set({ openCase: { id, detail, missing: false } });
      } catch (error) {
        if (
          (error as { code?: string }).code !== 'NOT_FOUND' &&
          (error as { code?: string }).code !== 'VALIDATION'
        ) {
          throw error;
        }
        set({ openCase: { id, detail: null, missing: true } });
      }
    },

    async addNote(caseId, body) {
      const event = await call('cases.addNote', { caseId, body });
      const detail = get().openCase?.detail;
      if (detail?.id === caseId) {
        bump({ ...detail, updatedAt: event.at, events: [...detail.events, event] });
      }
      return event;
    },

    async changeStatus(detail, to, reason) {
      const updated = await call('cases.changeStatus', {
        caseId: detail.id,
        from: detail.status,
        to,
        ...(reason ? { reason } : {}),
      });
      bump(updated);
    },
  };
};
