import type { CaseDetail, CaseListItem } from '../../../core/cases';
import type {
  CaseFilters,
  CasePage,
  SavedView,
  SearchHit,
  SearchOrder,
  SearchResult,
  SortDir,
  SortKey,
} from '../../../core/case-query';
import { ApiCallError, call } from '../../lib/api';
import type { Slice } from '../../store/slice';
import { PAGE_SIZE, SEARCH_LIMIT } from './list-limits';

/** What the list shows: filters, sort and an optional search text. */
export interface CaseQuery {
  text: string;
  filters: CaseFilters;
  sort: SortKey;
  dir: SortDir;
  /** The order of search results (the list's own sort applies without a search). */
  searchOrder: SearchOrder;
  viewId: string | null;
}

export type ListRow = CaseListItem | SearchHit;

export interface CaseListSlice {
  caseQuery: CaseQuery;
  caseList: {
    items: ListRow[];
    /** Where the next page starts: a keyset cursor for the list, an offset for search results. */
    next: CasePage['next'] | SearchResult['next'];
    total: number | null;
    /** The search found more than it counts (SEARCH_COUNT_CAP). */
    capped: boolean;
    /** Search results are in best-match order (false: newest first, asked or above RANKED_MATCHES_MAX). */
    ranked: boolean;
    loading: boolean;
    loaded: boolean;
    /** The error code of the last failed load, shown above the list. */
    error: string | null;
  };
  selectedIndex: number;
  views: SavedView[];
  newCaseOpen: boolean;
  /** The search box is to take the focus once it shows (asked from the menu or tray before it exists). */
  searchFocusPending: boolean;
  loadCases(): Promise<void>;
  loadMoreCases(): Promise<void>;
  setCaseQuery(change: Partial<CaseQuery>): void;
  applyView(view: SavedView | null): void;
  loadViews(): Promise<void>;
  saveView(name: string): Promise<SavedView>;
  deleteView(id: string): Promise<void>;
  moveSelection(delta: number): void;
  setNewCaseOpen(open: boolean): void;
  setSearchFocusPending(pending: boolean): void;
  /** A case was created or changed: show it at the top of the list (ordered by last update). */
  caseUpdated(detail: CaseDetail): void;
}

export const toListItem = (d: CaseDetail): CaseListItem => ({
  id: d.id,
  number: d.number,
  title: d.title,
  customerId: d.customer.id,
  customerName: d.customer.name,
  severity: d.severity,
  status: d.status,
  supportArea: d.supportArea,
  service: d.service,
  ownerId: d.owner?.id ?? null,
  ownerName: d.owner?.name ?? null,
  requestNumber: d.requestNumber,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  nextDueAt: d.nextDueAt,
  slaState: d.slaState,
});

const errorCode = (error: unknown) => (error instanceof ApiCallError ? error.code : 'INTERNAL');

export const DEFAULT_QUERY: CaseQuery = {
  text: '',
  filters: {},
  sort: 'updated',
  dir: 'desc',
  searchOrder: 'relevance',
  viewId: null,
};

const EMPTY_LIST = {
  items: [],
  next: null,
  total: null,
  capped: false,
  ranked: false,
  loading: false,
  loaded: false,
  error: null,
};

export const createCaseListSlice: Slice<CaseListSlice> = (set, get) => {
  // Responses that arrive after a newer request was made are dropped.
  let generation = 0;

  return {
    caseQuery: DEFAULT_QUERY,
    caseList: EMPTY_LIST,
    selectedIndex: 0,
    views: [],
    newCaseOpen: false,
    searchFocusPending: false,

    async loadCases() {
      const mine = ++generation;
      const { text, filters, sort, dir, searchOrder } = get().caseQuery;
      set((s) => ({ caseList: { ...s.caseList, loading: true } }));
      try {
        const query = text.trim();
        const page = query
          ? await call('cases.search', { query, filters, order: searchOrder, limit: SEARCH_LIMIT })
          : {
              ...(await call('cases.list', { filters, sort, dir, limit: PAGE_SIZE })),
              total: null,
              capped: false,
              ranked: false,
            };
        if (!query) {
          // The count may read every case; it fills in when ready and never holds up the first page.
          void call('cases.count', { filters })
            .then(({ total }) => mine === generation && set((s) => ({ caseList: { ...s.caseList, total } })))
            .catch(() => undefined);
        }
        if (mine !== generation) return;
        set({ caseList: { ...page, loading: false, loaded: true, error: null }, selectedIndex: 0 });
      } catch (error) {
        if (mine === generation) set((s) => ({ caseList: { ...s.caseList, error: errorCode(error) } }));
      } finally {
        if (mine === generation) set((s) => ({ caseList: { ...s.caseList, loading: false } }));
      }
    },

    async loadMoreCases() {
      const { caseList, caseQuery } = get();
      if (caseList.next === null || caseList.loading) return;
      const mine = ++generation;
      set((s) => ({ caseList: { ...s.caseList, loading: true } }));
      try {
        const { text, filters, sort, dir, searchOrder } = caseQuery;
        const query = text.trim();
        const next = caseList.next;
        const page =
          typeof next === 'number'
            ? await call('cases.search', {
                query,
                filters,
                order: searchOrder,
                limit: SEARCH_LIMIT,
                offset: next,
                count: false,
              })
            : await call('cases.list', { filters, sort, dir, limit: PAGE_SIZE, after: next });
        if (mine !== generation) return;
        set((s) => ({
          caseList: { ...s.caseList, items: [...s.caseList.items, ...page.items], next: page.next },
        }));
      } finally {
        if (mine === generation) set((s) => ({ caseList: { ...s.caseList, loading: false } }));
      }
    },

    setCaseQuery(change) {
      const viewChanged = 'filters' in change && !('viewId' in change);
      set((s) => ({ caseQuery: { ...s.caseQuery, ...change, ...(viewChanged ? { viewId: null } : {}) } }));
      void get().loadCases();
    },

    applyView(view) {
      get().setCaseQuery({ filters: view?.filters ?? {}, viewId: view?.id ?? null });
    },

    async loadViews() {
      set({ views: await call('views.list', {}) });
    },

    async saveView(name) {
      const view = await call('views.save', { name, filters: get().caseQuery.filters });
      set((s) => ({ views: [...s.views, view], caseQuery: { ...s.caseQuery, viewId: view.id } }));
      return view;
    },

    async deleteView(id) {
      const views = await call('views.delete', { id });
      set((s) => ({
        views,
        caseQuery: s.caseQuery.viewId === id ? { ...s.caseQuery, viewId: null } : s.caseQuery,
      }));
    },

    moveSelection(delta) {
      set((s) => ({
        selectedIndex: Math.max(0, Math.min(s.caseList.items.length - 1, s.selectedIndex + delta)),
      }));
    },

    setNewCaseOpen(open) {
      set({ newCaseOpen: open });
    },

    setSearchFocusPending(pending) {
      set({ searchFocusPending: pending });
    },

    caseUpdated(detail) {
      set((s) => {
        const previous = s.caseList.items.find((c) => c.id === detail.id);
        const item = toListItem(detail);
        const { text, sort, dir, filters } = s.caseQuery;
        const onTop = !text && sort === 'updated' && dir === 'desc' && Object.keys(filters).length === 0;
        const items = onTop
          ? [item, ...s.caseList.items.filter((c) => c.id !== detail.id)]
          : s.caseList.items.map((c) => (c.id === detail.id ? { ...c, ...item } : c));
        const total =
          s.caseList.total === null || previous || !onTop ? s.caseList.total : s.caseList.total + 1;
        return { caseList: { ...s.caseList, items, total } };
      });
    },
  };
};
