import type { CaseDetail, CaseListItem } from '../../../electron/contract/cases';
import type { CasePage } from '../../../electron/contract/case-query';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

const PAGE_SIZE = 100;

export interface CaseListSlice {
  caseList: {
    items: CaseListItem[];
    next: CasePage['next'];
    total: number | null;
    loading: boolean;
    loaded: boolean;
  };
  newCaseOpen: boolean;
  loadCases(): Promise<void>;
  loadMoreCases(): Promise<void>;
  setNewCaseOpen(open: boolean): void;
  /** A case was created or changed: show it at the top of the list (ordered by last update). */
  caseUpdated(detail: CaseDetail): void;
}

export const toListItem = (d: CaseDetail, previous?: CaseListItem): CaseListItem => ({
  ownerId: null,
  ownerName: null,
  requestNumber: null,
  ...previous,
  id: d.id,
  number: d.number,
  title: d.title,
  customerId: d.customer.id,
  customerName: d.customer.name,
  severity: d.severity,
  status: d.status,
  supportArea: d.supportArea,
  service: d.service,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

export const createCaseListSlice: Slice<CaseListSlice> = (set, get) => ({
  caseList: { items: [], next: null, total: null, loading: false, loaded: false },
  newCaseOpen: false,

  async loadCases() {
    set((s) => ({ caseList: { ...s.caseList, loading: true } }));
    try {
      const page = await call('cases.list', { limit: PAGE_SIZE });
      set({
        caseList: { items: page.items, next: page.next, total: page.total, loading: false, loaded: true },
      });
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
        caseList: { ...s.caseList, items: [...s.caseList.items, ...page.items], next: page.next },
      }));
    } finally {
      set((s) => ({ caseList: { ...s.caseList, loading: false } }));
    }
  },

  setNewCaseOpen(open) {
    set({ newCaseOpen: open });
  },

  caseUpdated(detail) {
    set((s) => {
      const previous = s.caseList.items.find((c) => c.id === detail.id);
      const items = [toListItem(detail, previous), ...s.caseList.items.filter((c) => c.id !== detail.id)];
      const total = s.caseList.total === null ? null : s.caseList.total + (previous ? 0 : 1);
      return { caseList: { ...s.caseList, items, total } };
    });
  },
});
